/** The glossary's terms in plain words, each with a test of whether this site uses it. */
import type { SiteModel } from "../../site/index.ts";

/** One term. */
export interface Term {
  readonly term: string;
  readonly words: string;
  /** Whether the term matters for this site (always shown when absent). */
  readonly used?: (model: SiteModel) => boolean;
}

const hasDhcp = (m: SiteModel) => m.vlans.some((v) => v.vlan.dhcp);
const hasAzure = (m: SiteModel) => m.site.azure !== undefined;
const hasBackupStore = (m: SiteModel) => m.site.azure?.backup !== undefined;
const hasVpn = (m: SiteModel) => m.site.azure?.vpn !== undefined;
const hasZone = (m: SiteModel) => m.publicZone !== undefined;
/** Whether the public zone has an SPF record or a DKIM key: mail is sent as the library. */
const hasMail = (m: SiteModel) =>
  m.publicZone !== undefined &&
  (m.publicZone.spf !== undefined || m.publicZone.senders.some((s) => s.dkim.length > 0));
/** Whether any switch in the site has uplink ports of a kind (SFP, SFP+). */
const hasUplinks = (m: SiteModel) => m.switches.some((s) => (s.model?.uplinkPorts.length ?? 0) > 0);

/** Every term Carrel's pages use, alphabetical. */
export const TERMS: readonly Term[] = [
  {
    term: "Access switch",
    words:
      "A switch that devices (computers, printers, phones, Wi-Fi access points) plug into. It passes their traffic on to the core switch.",
    used: (m) => m.site.network.switches.some((s) => s.role === "access"),
  },
  {
    term: "Address space",
    words:
      "The range of addresses a network may use, written like a subnet (10.120.0.0/16). Azure's network and the library's must not overlap, or the VPN cannot join them.",
    used: hasVpn,
  },
  {
    term: "Anti-affinity",
    words:
      "A rule that keeps two virtual machines on different physical servers, so one broken server cannot take both down (for example both domain controllers).",
    used: (m) => m.vms.some((v) => v.vm.antiAffinity),
  },
  {
    term: "ARP protection",
    words:
      "A switch setting that stops a device from pretending to be another one (such as the router) to read its neighbours' traffic: the switch lets through only the addresses it saw DHCP hand out.",
    used: (m) => [...m.security.switches.values()].some((s) => s.arpVlans.length > 0),
  },
  {
    term: "Asset",
    words:
      "A piece of equipment the library owns and tracks: when it was bought, what it cost and when it should be replaced.",
  },
  {
    term: "Autodiscover",
    words:
      "A DNS name (autodiscover.library.org) that mail apps such as Outlook look up to find the mailbox's settings by themselves, so staff only type their address and password.",
    used: hasZone,
  },
  {
    term: "Azure DNS",
    words:
      "Microsoft's service that answers DNS questions for a domain from Azure. Pulumi creates the library's public zone and its records there.",
    used: (m) => m.publicZone?.provider === "azure",
  },
  {
    term: "Azure region",
    words:
      "The part of the world whose Microsoft data centres hold the library's Azure resources (for example eastus).",
    used: hasAzure,
  },
  {
    term: "Backup",
    words:
      "A copy of a server kept somewhere else, so it can be put back (restored) if the original is damaged or lost.",
  },
  {
    term: "BPDU protection",
    words:
      "A switch setting on ports where computers and printers plug in: if another switch is plugged in there, the port is shut for a few minutes instead of letting it disturb the whole network. Loop protection does the same for a cable plugged in at both ends.",
    used: (m) =>
      [...m.security.switches.values()].some((s) =>
        [...s.ports.values()].some((p) => p.edgeProtection),
      ),
  },
  {
    term: "CNAME record",
    words:
      "A DNS record that says one name is another name's alias (www.library.org is library.org). A name with a CNAME can hold no other record, and the domain itself cannot have one.",
    used: hasZone,
  },
  {
    term: "Container",
    words:
      "A folder inside an Azure storage account that holds files (blobs); backups are written to one.",
    used: hasBackupStore,
  },
  {
    term: "Cool storage",
    words:
      "A cheaper kind of Azure storage for files that are rarely read. Older backups are moved there automatically.",
    used: hasBackupStore,
  },
  {
    term: "Core switch",
    words:
      "The central switch that connects the other switches and routes traffic between the VLANs. If it fails, most of the network stops.",
    used: (m) => m.coreSwitches.length > 0,
  },
  {
    term: "DHCP",
    words:
      "Dynamic Host Configuration Protocol: the service that gives a device an address and network settings automatically when it connects.",
    used: hasDhcp,
  },
  {
    term: "DHCP range",
    words:
      "The block of addresses DHCP may hand out on one VLAN. Fixed addresses must lie outside it.",
    used: hasDhcp,
  },
  {
    term: "DHCP relay",
    words:
      "The core switch forwarding a device's request for an address to the DHCP server on another VLAN (the ip helper-address setting).",
    used: hasDhcp,
  },
  {
    term: "DHCP snooping",
    words:
      "A switch setting that lets only the library's own DHCP server hand out addresses: answers from anything else plugged into a desk or public port are dropped.",
    used: (m) => [...m.security.switches.values()].some((s) => s.snoopingVlans.length > 0),
  },
  {
    term: "DKIM",
    words:
      "DomainKeys Identified Mail: the sending service signs each message with a key, and the domain publishes where the key is (a DKIM selector), so receivers can check the mail really came from the library's services.",
    used: hasMail,
  },
  {
    term: "DMARC",
    words:
      "A DNS record (_dmarc) that tells receivers what to do with mail that claims to be from the library but fails SPF and DKIM: nothing (p=none), the junk folder (quarantine) or refuse it (reject), and where to send reports.",
    used: hasZone,
  },
  {
    term: "DNS",
    words:
      "Domain Name System: turns names such as a server's name into the numeric address computers use.",
  },
  {
    term: "DNS lookup limit",
    words:
      "A receiver checking SPF follows at most 10 DNS lookups (each include, a, mx and exists counts, with the includes inside them). Past 10, the check fails and the library's mail looks forged.",
    used: hasMail,
  },
  {
    term: "Domain controller",
    words:
      "A Windows server that holds the library's accounts and passwords and checks them when someone signs in.",
    used: (m) => m.vms.some((v) => v.vm.role === "domain-controller"),
  },
  {
    term: "Domain verification",
    words:
      "A TXT record a provider (Microsoft, Google, Meta) asks for to prove the library owns its domain before it will send or receive mail for it.",
    used: hasZone,
  },
  {
    term: "Entra ID",
    words: "Microsoft's online directory of accounts and groups (formerly Azure Active Directory).",
    used: (m) => m.groups.size > 0,
  },
  {
    term: "Fiscal year",
    words:
      "The library's budget year. It is named by the calendar year it ends in (FY2027 ends in 2027).",
    used: (m) => m.site.inventory !== undefined,
  },
  {
    term: "Gateway",
    words:
      "The address on each VLAN that devices send traffic to when it must leave that VLAN; here it lives on the core switch.",
  },
  {
    term: "Gateway subnet",
    words:
      "A small block of Azure addresses set aside for the VPN gateway alone; nothing else may use it.",
    used: hasVpn,
  },
  {
    term: "ILS",
    words:
      "Integrated library system: the catalogue and circulation system (holds, loans, patron records), often shared and run by a consortium of libraries.",
    used: (m) => m.site.services.some((s) => s.kind === "ils"),
  },
  {
    term: "Immutable backup",
    words:
      "A backup that nobody can change or delete for a set number of days, which protects it from ransomware and mistakes.",
    used: (m) => m.site.azure?.backup !== undefined,
  },
  {
    term: "IP address",
    words:
      "The number (such as 10.20.10.5) that identifies a device on the network, like a street address.",
  },
  {
    term: "Isolated VLAN",
    words:
      "A VLAN whose devices can reach the internet, the library's DHCP, DNS and time servers and the few connections site.yaml allows, but nothing else inside the library. Used for the public and guests.",
    used: (m) => m.vlans.some((v) => v.vlan.isolated),
  },
  {
    term: "LAG",
    words:
      "Link aggregation: several cables between two switches bundled to act as one faster, more reliable link (trunk, trk1). Uses the LACP protocol.",
    used: (m) => m.switches.some((s) => s.lags.length > 0),
  },
  {
    term: "Lease time",
    words: "How long a device may keep an address DHCP gave it before asking again.",
    used: hasDhcp,
  },
  {
    term: "Lifecycle policy",
    words:
      "Rules Azure follows on its own: move backups to cool storage after some days, delete them after more.",
    used: hasBackupStore,
  },
  {
    term: "Linked clone",
    words:
      "A virtual desktop that shares the template's disk and stores only its own changes; quick to create and to reset.",
    used: (m) => m.pools.some((p) => p.pool.linkedClone),
  },
  {
    term: "Log Analytics workspace",
    words: "The place in Azure where logs are collected and kept for a set number of days.",
    used: (m) => m.site.azure?.logAnalytics !== undefined,
  },
  {
    term: "MAC address",
    words:
      "The fixed hardware address of a network card. These pages always write it the same way, six pairs of lower-case letters and digits separated by colons (02:1b:78:00:20:01), whichever way site.yaml gives it. DHCP reservations are keyed by it.",
  },
  {
    term: "Maintenance window",
    words: "The agreed time when planned work that may interrupt services can be done.",
    used: (m) => m.site.operations?.maintenanceWindow !== undefined,
  },
  {
    term: "Management VLAN",
    words:
      "The VLAN used to manage the network equipment itself. Keep it away from public devices.",
    used: (m) => m.vlans.some((v) => v.vlan.purpose === "management"),
  },
  {
    term: "MX record",
    words:
      "A DNS record that says which server receives mail for the domain. It names a server by its DNS name, never by an address.",
    used: hasZone,
  },
  {
    term: "Name server",
    words:
      "A server that answers DNS questions for a domain. The registrar tells the internet which name servers answer for the library's domain.",
    used: hasZone,
  },
  {
    term: "Netmask",
    words:
      "Another way of writing a subnet's size: 255.255.255.0 is the same as /24 (256 addresses). Older devices ask for it instead of the /number.",
  },
  {
    term: "NTP",
    words:
      "Network Time Protocol: keeps every device's clock right, which sign-in and logs depend on.",
  },
  {
    term: "PoE",
    words:
      "Power over Ethernet: the switch port powers the device through the network cable (phones, Wi-Fi access points, cameras).",
    used: (m) => m.switches.some((s) => [...s.ports.values()].some((p) => p.poe)),
  },
  {
    term: "Port group",
    words: "vSphere's name for a VLAN that virtual machines can be attached to.",
    used: (m) => (m.site.vsphere?.portGroups.length ?? 0) > 0,
  },
  {
    term: "Public DNS zone",
    words:
      "The records the whole internet sees for the library's domain (its web site, mail servers and mail checks), as opposed to the internal domain only staff computers use.",
    used: hasZone,
  },
  {
    term: "Public IP address",
    words:
      "An address that is reachable from the whole internet, such as the library firewall's outside address the VPN connects to.",
    used: hasVpn,
  },
  {
    term: "Pulumi",
    words:
      "The tool that compares site.yaml with what exists (servers, groups, Azure) and makes the changes. 'pulumi preview' shows them first; 'pulumi up' makes them.",
  },
  {
    term: "Registrar",
    words:
      "The company the library's domain name is registered with and paid for. It either serves the domain's records itself or points to the name servers that do.",
    used: hasZone,
  },
  {
    term: "Reservation",
    words:
      "A DHCP setting that always gives one device (known by its MAC address) the same address, for example a printer.",
    used: (m) => m.vlans.some((v) => v.reservations.length > 0),
  },
  {
    term: "Resource group",
    words:
      "A named folder in Azure that holds related resources, so they can be found, billed and removed together.",
    used: hasAzure,
  },
  {
    term: "Room card",
    words:
      "A one-page sheet for a meeting room's wall that says in plain words how to start the room, show a laptop, join a video call and whom to call.",
    used: (m) => m.rooms.some((r) => r.room.card !== undefined),
  },
  {
    term: "Runbook",
    words:
      "Step-by-step instructions for a job that does not happen often, written so that someone new can follow them.",
  },
  {
    term: "SFP / SFP+",
    words:
      "Small slots on a switch for plug-in modules that take a fibre-optic or short copper cable, used for the fast links between switches. SFP carries 1 gigabit per second, SFP+ 10 gigabits.",
    used: hasUplinks,
  },
  {
    term: "Shared key",
    words:
      "The password both ends of the VPN know. It is kept as a Pulumi secret, never in site.yaml or these pages.",
    used: hasVpn,
  },
  {
    term: "site.yaml",
    words:
      "The one file that describes the library's technology. Everything on this site, and the switch and server configurations, is generated from it.",
  },
  {
    term: "SKU",
    words:
      "Microsoft's name for a size or edition of an Azure product, such as the VPN gateway size VpnGw1.",
    used: hasVpn,
  },
  {
    term: "SPF",
    words:
      "Sender Policy Framework: a TXT record listing the services and servers allowed to send mail as the library. Mail from anyone else fails the check. The domain has exactly one.",
    used: hasMail,
  },
  {
    term: "Storage account",
    words:
      "An Azure account for storing files; the library's backups are kept in one, in containers.",
    used: hasBackupStore,
  },
  {
    term: "Subnet",
    words:
      "The block of addresses a VLAN uses, written like 10.20.20.0/23: the part after the slash says how large the block is.",
  },
  {
    term: "Switch",
    words:
      "The box with many network sockets that connects computers, printers and other switches.",
  },
  {
    term: "Syslog",
    words:
      "The standard way devices send their log messages (sign-ins, changes, errors) to a log host, where they are kept and searched long after the device itself has forgotten them.",
    used: (m) => m.security.logHosts.length > 0,
  },
  {
    term: "Tagged / untagged",
    words:
      "An untagged port puts a plugged-in device on one VLAN. A tagged port carries several VLANs at once, labelled, usually between switches or to a Wi-Fi access point.",
  },
  {
    term: "Template",
    words: "A prepared virtual machine that new VMs and desktops are copied from.",
    used: (m) => m.site.vsphere !== undefined,
  },
  {
    term: "Thin client",
    words: "A small, simple computer that shows a virtual desktop running on the servers.",
    used: (m) => m.pools.length > 0,
  },
  {
    term: "TLS / HTTPS",
    words:
      "Encryption for data sent over a network. The backup storage accepts only encrypted (HTTPS, TLS 1.2 or newer) connections.",
    used: hasBackupStore,
  },
  {
    term: "TTL (time-to-live)",
    words:
      "How long, in seconds, other DNS servers may remember a record. After a change, the old value can linger for that long.",
    used: hasZone,
  },
  {
    term: "TXT record",
    words:
      "A DNS record holding text: SPF, DMARC and providers' domain verification codes are TXT records.",
    used: hasZone,
  },
  {
    term: "VDI",
    words:
      "Virtual Desktop Infrastructure: desktops that run on the library's servers instead of in each computer, so they can be reset to clean after every patron.",
    used: (m) => m.pools.length > 0,
  },
  {
    term: "Virtual machine (VM)",
    words: "A computer that runs as software on a physical server. Several VMs share one server.",
    used: (m) => m.vms.length > 0 || m.pools.length > 0,
  },
  {
    term: "VLAN",
    words:
      "Virtual LAN: one of several separate networks that share the same switches and cables. Staff, public and servers each have their own.",
  },
  {
    term: "VPN",
    words:
      "An encrypted connection over the internet that joins two private networks, here the library and Azure (a site-to-site VPN).",
    used: (m) => m.site.azure?.vpn !== undefined,
  },
  {
    term: "VPN gateway",
    words:
      "The Azure end of the VPN: the service that keeps the encrypted connection to the library's firewall up.",
    used: hasVpn,
  },
  {
    term: "vSphere / vCenter",
    words:
      "VMware's software that runs the virtual machines (vSphere) and the console that manages them (vCenter).",
    used: (m) => m.site.vsphere !== undefined,
  },
  {
    term: "Zone apex",
    words:
      "The domain itself (library.org, written @ in a zone), as opposed to names under it (www.library.org). It holds the domain's MX, SPF and verification records, so it cannot be a CNAME.",
    used: hasZone,
  },
];
