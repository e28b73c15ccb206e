/**
 * The clone and guest-customization arguments shared by server VMs and VDI desktops:
 * Windows guests join the site's domain, Linux guests get host and domain names; a
 * static address when one is given, DHCP otherwise. Disk settings follow the template's
 * disks, as vSphere requires for clones.
 */
import * as pulumi from "@pulumi/pulumi";
import type { OsKind } from "../../src/pulumi/plan.ts";
import type { DomainJoinSettings } from "../../src/pulumi/settings.ts";
import type * as vsphere from "../../src/vsphere/index.ts";

/** A static IPv4 configuration of the guest's one network interface. */
export interface StaticAddress {
  readonly ip: string;
  readonly prefix: number;
  readonly gateway: string;
  readonly dns: readonly string[];
}

/** What a guest is customized with. */
export interface GuestSpec {
  /** Host and computer name. */
  readonly hostName: string;
  readonly os: OsKind;
  /** The site's DNS / Active Directory domain. */
  readonly domain: string;
  /** The site's IANA time zone (Linux guests). */
  readonly timezone: string;
  /** Static addressing; omitted, the guest uses DHCP. */
  readonly address: StaticAddress | undefined;
  /** The domain-join account; required for Windows guests. */
  readonly domainJoin: DomainJoinSettings | undefined;
}

/** The `clone.customize` block for a guest. */
export function customization(guest: GuestSpec): vsphere.types.input.VirtualMachineCloneCustomize {
  const { address } = guest;
  const network: vsphere.types.input.VirtualMachineCloneCustomize = address
    ? {
        networkInterfaces: [{ ipv4Address: address.ip, ipv4Netmask: address.prefix }],
        ipv4Gateway: address.gateway,
        dnsServerLists: [...address.dns],
        dnsSuffixLists: [guest.domain],
      }
    : { networkInterfaces: [{}], dnsSuffixLists: [guest.domain] };
  switch (guest.os) {
    case "windows": {
      if (!guest.domainJoin)
        throw new Error(`${guest.hostName} is a Windows guest but no domain-join account is set`);
      return {
        ...network,
        windowsOptions: {
          computerName: guest.hostName,
          joinDomain: guest.domain,
          domainAdminUser: guest.domainJoin.user,
          domainAdminPassword: guest.domainJoin.password,
        },
      };
    }
    case "linux":
      return {
        ...network,
        linuxOptions: { hostName: guest.hostName, domain: guest.domain, timeZone: guest.timezone },
      };
    default: {
      const never: never = guest.os;
      throw new Error(`unknown OS kind ${String(never)}`);
    }
  }
}

/**
 * Disks for a clone: the given sizes (system disk first) with the template's provisioning,
 * or, when no sizes are given, the template's own disks unchanged.
 */
export function cloneDisks(
  template: pulumi.Output<vsphere.GetVirtualMachineResult>,
  sizesGb: readonly number[] | undefined,
): pulumi.Output<vsphere.types.input.VirtualMachineDisk[]> {
  return template.apply((t) => {
    const sizes = sizesGb ?? t.disks.map((d) => d.size);
    return sizes.map((size, unit) => ({
      label: `disk${unit}`,
      size,
      unitNumber: unit,
      thinProvisioned: t.disks[unit]?.thinProvisioned ?? true,
      eagerlyScrub: t.disks[unit]?.eagerlyScrub ?? false,
    }));
  });
}

/** The hardware settings a clone takes from its template. */
export function templateHardware(template: pulumi.Output<vsphere.GetVirtualMachineResult>) {
  return {
    guestId: template.guestId,
    scsiType: template.scsiType,
    // The provider's own default when a template does not report its firmware.
    firmware: template.apply((t) => t.firmware ?? "bios"),
  };
}
