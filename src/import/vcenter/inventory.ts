/**
 * vCenter's inventory as plain data: datacenters, clusters with their DRS anti-affinity
 * rules, datastores, distributed switches and port groups (with VLAN ids), standard
 * networks, VM folders, templates and VMs (CPU, memory, disks, networks, folder, power
 * state, guest OS, address). Built from the PropertyCollector's answer; tags come
 * separately, from the REST API.
 */
import type { ManagedObject, PropertyPlan } from "./collector.ts";
import { readMoRef } from "./soap.ts";
import { child, children, textAt, type XmlElement } from "./xml.ts";

/** The properties read, per type. */
export const INVENTORY_PROPERTIES: PropertyPlan = {
  Datacenter: ["name", "parent"],
  Folder: ["name", "parent", "childType"],
  ClusterComputeResource: ["name", "parent", "configurationEx"],
  ComputeResource: ["name", "parent"],
  HostSystem: ["name", "parent"],
  Datastore: ["name", "parent"],
  DistributedVirtualSwitch: ["name", "parent", "uuid"],
  Network: ["name", "parent"],
  DistributedVirtualPortgroup: [
    "name",
    "parent",
    "key",
    "config.distributedVirtualSwitch",
    "config.defaultPortConfig",
    "config.uplink",
  ],
  VirtualMachine: [
    "name",
    "parent",
    "config.template",
    "config.guestId",
    "config.guestFullName",
    "config.annotation",
    "config.hardware.numCPU",
    "config.hardware.memoryMB",
    "config.hardware.device",
    "runtime.powerState",
    "runtime.host",
    "guest.ipAddress",
    "datastore",
  ],
};

/** What a port group carries: one VLAN id, none (untagged), or a trunk / private VLAN. */
export type PortGroupVlan = number | "none" | "trunk" | "pvlan";

/** Where an object sits: its datacenter and its path below the datacenter's folder. */
export interface Placed {
  readonly id: string;
  readonly name: string;
  readonly datacenter: string;
  /** Inventory path: `/DC0/vm/Servers/rbpl-dc01`, names as vCenter escapes them. */
  readonly path: string;
}

/** A DRS rule that keeps VMs on different hosts. */
export interface AntiAffinityRule {
  readonly name: string;
  readonly enabled: boolean;
  /** VM managed object ids. */
  readonly vms: readonly string[];
}

export interface Cluster extends Placed {
  readonly antiAffinity: readonly AntiAffinityRule[];
}
export type Datastore = Placed;
export interface DistributedSwitch extends Placed {
  readonly uuid: string;
}
export interface PortGroup extends Placed {
  readonly key: string;
  /** The distributed switch's managed object id; undefined for a standard network. */
  readonly switchId: string | undefined;
  readonly vlan: PortGroupVlan | undefined;
  readonly uplink: boolean;
}
export interface VmFolder extends Placed {
  /** Path below the datacenter's VM folder: `Servers/Linux`. */
  readonly folderPath: string;
}
export interface VmDisk {
  readonly label: string;
  readonly sizeKb: number;
}
export interface VirtualMachine extends Placed {
  readonly template: boolean;
  readonly guestId: string;
  readonly guestFullName: string;
  readonly annotation: string;
  readonly cpus: number;
  readonly memoryMb: number;
  readonly disks: readonly VmDisk[];
  /** Port group or network managed object ids, one per network adapter, in order. */
  readonly networks: readonly string[];
  /** Folder path below the datacenter's VM folder ("" at its top). */
  readonly folderPath: string;
  /** The cluster (or standalone host) it runs on, by managed object id. */
  readonly computeResource: string | undefined;
  readonly datastores: readonly string[];
  readonly powerState: string;
  readonly ip: string | undefined;
}

/** The whole inventory. */
export interface Inventory {
  readonly datacenters: readonly Placed[];
  readonly clusters: readonly Cluster[];
  readonly datastores: readonly Datastore[];
  readonly switches: readonly DistributedSwitch[];
  readonly portGroups: readonly PortGroup[];
  readonly folders: readonly VmFolder[];
  readonly vms: readonly VirtualMachine[];
}

/** vCenter escapes `/`, `\` and `%` in names; the readable name has them back. */
export function readableName(name: string): string {
  return name.replace(/%(2f|5c|25)/gi, (m) => decodeURIComponent(m));
}

const typeOf = (e: XmlElement | undefined) => (e?.attrs.type ?? "").replace(/^.*:/, "");

/** Builds the inventory from the collector's objects. */
export function buildInventory(objects: readonly ManagedObject[]): Inventory {
  const byId = new Map(objects.map((o) => [o.ref.value, o]));
  const text = (o: ManagedObject, prop: string) => o.props.get(prop)?.text ?? "";
  const parentOf = (o: ManagedObject) => readMoRef(o.props.get("parent"))?.value;
  // Walks up to the datacenter: the path segments below it, datacenter first.
  const place = (o: ManagedObject): Placed => {
    const segments: string[] = [text(o, "name")];
    let at = parentOf(o);
    let datacenter = "";
    for (let guard = 0; at && guard < 100; guard++) {
      const up = byId.get(at);
      if (!up) break;
      if (up.ref.type === "Datacenter") {
        datacenter = up.ref.value;
        segments.unshift(text(up, "name"));
        break;
      }
      segments.unshift(text(up, "name"));
      at = parentOf(up);
    }
    return {
      id: o.ref.value,
      name: readableName(text(o, "name")),
      datacenter,
      path: `/${segments.join("/")}`,
    };
  };
  const ofType = (type: string) => objects.filter((o) => o.ref.type === type);
  // Path below the datacenter's VM folder: drop "/DC/vm".
  const belowVmRoot = (p: Placed) => p.path.split("/").slice(3).map(readableName).join("/");

  const vms = ofType("VirtualMachine").map((o): VirtualMachine => {
    const placed = place(o);
    const devices = o.props.get("config.hardware.device")?.children ?? [];
    const host = byId.get(readMoRef(o.props.get("runtime.host"))?.value ?? "");
    return {
      ...placed,
      template: text(o, "config.template") === "true",
      guestId: text(o, "config.guestId"),
      guestFullName: text(o, "config.guestFullName"),
      annotation: text(o, "config.annotation"),
      cpus: Number(text(o, "config.hardware.numCPU")) || 0,
      memoryMb: Number(text(o, "config.hardware.memoryMB")) || 0,
      disks: devices
        .filter((d) => typeOf(d) === "VirtualDisk")
        .map((d) => ({
          label: textAt(d, "deviceInfo", "label") ?? "",
          sizeKb: Number(textAt(d, "capacityInKB") ?? 0),
        })),
      networks: devices.flatMap((d) => nicNetwork(d, objects)),
      folderPath: belowVmRoot(placed).split("/").slice(0, -1).join("/"),
      computeResource: host ? parentOf(host) : undefined,
      datastores: children(o.props.get("datastore"), "ManagedObjectReference").map((r) => r.text),
      powerState: text(o, "runtime.powerState"),
      ip: o.props.get("guest.ipAddress")?.text || undefined,
    };
  });

  const portGroups = [...ofType("DistributedVirtualPortgroup"), ...ofType("Network")].map(
    (o): PortGroup => {
      const distributed = o.ref.type === "DistributedVirtualPortgroup";
      return {
        ...place(o),
        key: distributed ? text(o, "key") : o.ref.value,
        switchId: distributed
          ? readMoRef(o.props.get("config.distributedVirtualSwitch"))?.value
          : undefined,
        vlan: distributed ? portGroupVlan(o.props.get("config.defaultPortConfig")) : undefined,
        uplink: text(o, "config.uplink") === "true",
      };
    },
  );

  return {
    datacenters: ofType("Datacenter").map(place),
    clusters: ofType("ClusterComputeResource").map((o) => ({
      ...place(o),
      antiAffinity: children(o.props.get("configurationEx"), "rule")
        .filter((r) => typeOf(r) === "ClusterAntiAffinityRuleSpec")
        .map((r) => ({
          name: readableName(textAt(r, "name") ?? ""),
          enabled: textAt(r, "enabled") !== "false",
          vms: children(r, "vm").map((v) => v.text),
        })),
    })),
    datastores: ofType("Datastore").map(place),
    switches: objects
      .filter((o) => /DistributedVirtualSwitch$/.test(o.ref.type))
      .map((o) => ({ ...place(o), uuid: text(o, "uuid") })),
    portGroups,
    folders: ofType("Folder")
      .map((o) => ({ ...place(o), childType: o.props.get("childType") }))
      .filter((f) => children(f.childType, "string").some((t) => t.text === "VirtualMachine"))
      .map(({ childType: _, ...f }) => ({ ...f, folderPath: belowVmRoot(f) }))
      .filter((f) => f.folderPath !== ""),
    vms,
  };
}

/** The VLAN a distributed port group's default port setting carries. */
function portGroupVlan(setting: XmlElement | undefined): PortGroupVlan | undefined {
  const vlan = child(setting, "vlan");
  switch (typeOf(vlan)) {
    case "VmwareDistributedVirtualSwitchVlanIdSpec": {
      const id = Number(textAt(vlan, "vlanId") ?? 0);
      return id === 0 ? "none" : id;
    }
    case "VmwareDistributedVirtualSwitchTrunkVlanSpec":
      return "trunk";
    case "VmwareDistributedVirtualSwitchPvlanSpec":
      return "pvlan";
    default:
      return undefined;
  }
}

/** The network a virtual device is attached to, when it is a network adapter. */
function nicNetwork(device: XmlElement, objects: readonly ManagedObject[]): string[] {
  const backing = child(device, "backing");
  switch (typeOf(backing)) {
    case "VirtualEthernetCardDistributedVirtualPortBackingInfo": {
      const key = textAt(backing, "port", "portgroupKey");
      const pg = objects.find(
        (o) => o.ref.type === "DistributedVirtualPortgroup" && o.props.get("key")?.text === key,
      );
      return pg ? [pg.ref.value] : [];
    }
    case "VirtualEthernetCardNetworkBackingInfo": {
      const network = readMoRef(child(backing, "network"))?.value;
      return network ? [network] : [];
    }
    default:
      return [];
  }
}
