/**
 * A generated city-sized library system for the benchmark: a central library and 32
 * branches on one core switch, at `scale` 1 with 205 switches, 132 VLANs, 4,800 DHCP
 * reservations, 300 VMs and 1,500 VDI desktops. `scale` 2 is twice as many of everything
 * (two hubs of 33 branches each). A fixed seed drives every choice that is not structure
 * (port descriptions, machine sizes, dates, names of rooms), so the same arguments always
 * give the same text.
 */
import { stringify } from "yaml";

type Tree = Record<string, unknown>;

/** The city at scale 1: what the figures were measured on. */
export const CITY = {
  switches: 205,
  vlans: 132,
  reservations: 4800,
  vms: 300,
  desktops: 1500,
} as const;

/** Branches per hub: each hub has its servers, management and guest VLANs. */
const BRANCHES_PER_HUB = 33;

/** A small, fast, seeded random generator (mulberry32), so runs are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `total` split into `parts` near-equal whole numbers (the larger ones first). */
function share(total: number, parts: number): number[] {
  return Array.from(
    { length: parts },
    (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0),
  );
}

const two = (n: number) => String(n).padStart(2, "0");
const hex = (n: number) => (n & 255).toString(16).padStart(2, "0");

const STREETS = [
  "Elm Street",
  "Harbor",
  "Northside",
  "Riverside",
  "Oak Park",
  "Lincoln Square",
  "Westgate",
  "Eastview",
  "Maple Hill",
  "Union Station",
  "Lakeshore",
  "Cedar Grove",
  "Old Town",
  "Fairview",
  "Market Street",
  "Brookline",
  "Hillcrest",
  "Southport",
  "Greenwood",
  "Parkside",
];
const DESK_NAMES = [
  "Staff desks",
  "Circulation desk",
  "Reference desk",
  "Workroom",
  "Children's desk",
  "Back office",
  "Branch manager",
  "Outreach office",
];

interface Branch {
  readonly index: number;
  readonly hub: number;
  readonly isHub: boolean;
  readonly code: string;
  /** Second octet of the branch's 10.X.0.0/16. */
  readonly octet: number;
  readonly location: string;
}

/** A branch's VLANs, by kind. Hubs hold servers, management, staff and guest Wi-Fi. */
function branchVlans(b: Branch, rand: () => number, reservations: number): Tree[] {
  const X = b.octet;
  const id = (k: number) => 100 + b.index * 10 + k;
  const name = (kind: string) => `${b.code}-${kind}`;
  const reserve = (kind: string, prefix: string, count: number, third: number, from: number) =>
    Array.from({ length: count }, (_, i) => ({
      host: `${b.code}-${prefix}-${String(i + 1).padStart(3, "0")}`,
      mac: `02:4d:${hex(b.index)}:${hex(third)}:${hex(i >> 8)}:${hex(i)}`,
      ip: `10.${X}.${third}.${from + i}`,
      ...(rand() < 0.1 ? { description: `${kind} ${i + 1}` } : {}),
    }));
  const staffCount = b.isHub ? reservations : Math.max(0, reservations - 40);
  const staff: Tree = {
    id: id(1),
    name: name("staff"),
    purpose: "staff",
    subnet: `10.${X}.0.0/23`,
    gateway: `10.${X}.0.1`,
    dhcp: { range: `10.${X}.1.10-10.${X}.1.250`, leaseTime: "8h" },
    reservations: reserve("Staff workstation", "ws", staffCount, 0, 10),
  };
  if (b.isHub) {
    return [
      {
        id: id(0),
        name: name("servers"),
        purpose: "servers",
        subnet: `10.${X}.16.0/22`,
        gateway: `10.${X}.16.1`,
        hosts: [
          ...(b.hub === 0
            ? [
                { host: "vcenter", ip: `10.${X}.16.5` },
                { host: "fw01", ip: `10.${X}.19.254`, description: "City IT firewall" },
              ]
            : []),
          ...Array.from({ length: 16 }, (_, i) => ({
            host: `${b.code}-esxi${two(i + 1)}`,
            ip: `10.${X}.19.${i + 1}`,
          })),
          { host: `${b.code}-cs01`, ip: `10.${X}.16.30`, description: "Horizon connection server" },
        ],
      },
      {
        id: id(2),
        name: name("mgmt"),
        purpose: "management",
        subnet: `10.${X}.20.0/22`,
        gateway: `10.${X}.20.1`,
      },
      staff,
      {
        id: id(3),
        name: name("guest"),
        purpose: "guest",
        subnet: `10.${X}.64.0/20`,
        gateway: `10.${X}.64.1`,
        isolated: true,
        dhcp: { range: `10.${X}.64.20-10.${X}.79.250`, leaseTime: "1h", dns: ["9.9.9.9"] },
      },
    ];
  }
  const dc = (n: number) => `h${b.hub}-dc${two(n)}`;
  return [
    staff,
    {
      id: id(2),
      name: name("public"),
      purpose: "public",
      subnet: `10.${X}.4.0/24`,
      gateway: `10.${X}.4.1`,
      isolated: true,
      dhcp: { range: `10.${X}.4.20-10.${X}.4.240`, leaseTime: "4h" },
      allow: [
        {
          to: [dc(1), dc(2)],
          protocol: "tcp",
          ports: [88, 135, 389, 445, 464, 636, 3268, "49152-65535"],
          description: "Domain sign-in",
        },
        { to: [dc(1), dc(2)], protocol: "udp", ports: [88, 389, 464] },
        { to: `h${b.hub}-cs01`, protocol: "tcp", ports: [443, 4172, 8443] },
      ],
    },
    {
      id: id(3),
      name: name("voip"),
      purpose: "voip",
      subnet: `10.${X}.6.0/24`,
      gateway: `10.${X}.6.1`,
      dhcp: {
        range: `10.${X}.6.50-10.${X}.6.250`,
        leaseTime: "24h",
        options: { "tftp-server-name": `10.${20 + b.hub * BRANCHES_PER_HUB}.16.20` },
      },
    },
    {
      id: id(4),
      name: name("printers"),
      purpose: "printers",
      subnet: `10.${X}.8.0/24`,
      gateway: `10.${X}.8.1`,
      dhcp: { range: `10.${X}.8.100-10.${X}.8.250`, leaseTime: "1d" },
      reservations: reserve("Printer", "prn", Math.min(40, reservations), 8, 10),
    },
  ];
}

/** The VLAN names a branch's switch ports use, falling back to staff where it has no such VLAN. */
function kinds(
  b: Branch,
): Record<"desk" | "voip" | "public" | "printers" | "mgmt" | "guest", string | undefined> {
  const hub = `h${b.hub}`;
  return {
    desk: `${b.code}-staff`,
    voip: b.isHub ? undefined : `${b.code}-voip`,
    public: b.isHub ? undefined : `${b.code}-public`,
    printers: b.isHub ? undefined : `${b.code}-printers`,
    mgmt: `${hub}-mgmt`,
    guest: `${hub}-guest`,
  };
}

/** Every VLAN a branch's uplink carries. */
function carried(b: Branch): string[] {
  const k = kinds(b);
  return [k.desk, k.voip, k.public, k.printers, k.mgmt, k.guest].filter(
    (v): v is string => v !== undefined,
  );
}

/** A branch's switches: an aggregation switch (48 ports) and access switches below it. */
function branchSwitches(
  b: Branch,
  count: number,
  uplink: { sw: string; port: number; vlans: string[] },
  downlinks: { port: number; name: string; vlans: string[] }[],
  rand: () => number,
  mgmtIp: () => string,
): Tree[] {
  const k = kinds(b);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const aggName = `${b.code}-agg`;
  const vlans = carried(b);
  const children = Array.from({ length: count - 1 }, (_, i) => `${b.code}-sw${two(i + 1)}`);
  const edge = (from: number, to: number, extra: Tree = {}) => ({
    ports: `${from}-${to}`,
    ...extra,
  });
  const desks = (from: number, to: number) =>
    edge(from, to, {
      untagged: k.desk,
      ...(k.voip ? { tagged: [k.voip] } : {}),
      poe: true,
      description: pick(DESK_NAMES),
    });
  const aps = (from: number, to: number) =>
    edge(from, to, {
      untagged: k.mgmt,
      tagged: [k.guest],
      poe: true,
      description: "Wireless access points",
    });
  const agg: Tree = {
    name: aggName,
    model: "aruba-2930f-48g-poe-4sfpp",
    role: "access",
    location: b.location,
    management: { vlan: k.mgmt, ip: mgmtIp() },
    ports: [
      desks(1, 16),
      edge(17, 28, {
        untagged: k.public ?? k.desk,
        poe: true,
        description: k.public ? "Public PCs and thin clients" : "Staff workroom",
      }),
      edge(29, 32, { untagged: k.printers ?? k.desk, description: "Printers and copiers" }),
      aps(33, 36),
      ...children.map((child, i) => ({
        ports: 41 + i,
        tagged: vlans,
        connects: `${child}:25`,
        description: `Link to ${child}`,
      })),
      ...downlinks.map((d) => ({
        ports: d.port,
        tagged: d.vlans,
        connects: `${d.name}:49`,
        description: `Link to ${d.name}`,
      })),
      {
        ports: 49,
        tagged: uplink.vlans,
        connects: `${uplink.sw}:${uplink.port}`,
        description: `Uplink to ${uplink.sw}`,
      },
    ],
  };
  const access = children.map((name) => ({
    name,
    model: rand() < 0.7 ? "aruba-2930f-24g-poe-4sfpp" : "aruba-2540-24g-poe-4sfpp",
    role: "access",
    location: b.location,
    management: { vlan: k.mgmt, ip: mgmtIp() },
    ports: [
      edge(1, 12, {
        untagged: k.public ?? k.desk,
        poe: true,
        description: k.public ? "Public PCs" : pick(DESK_NAMES),
      }),
      desks(13, 20),
      edge(21, 22, { untagged: k.printers ?? k.desk, description: "Printers" }),
      aps(23, 24),
      {
        ports: 25,
        tagged: vlans,
        connects: `${aggName}:${41 + children.indexOf(name)}`,
        description: "Uplink",
      },
    ],
  }));
  return [agg, ...access];
}

/** The city site's YAML text at `scale` (1 or 2), from `seed`. */
export function citySiteText(scale = 1, seed = 20261123): string {
  const rand = random(seed * 31 + scale);
  const branchCount = BRANCHES_PER_HUB * scale;
  const branches: Branch[] = Array.from({ length: branchCount }, (_, index) => {
    const isHub = index % BRANCHES_PER_HUB === 0;
    return {
      index,
      hub: Math.floor(index / BRANCHES_PER_HUB),
      isHub,
      code: isHub ? `h${index / BRANCHES_PER_HUB}` : `b${two(index)}`,
      octet: 20 + index,
      location: isHub ? `hub-${index / BRANCHES_PER_HUB}` : `branch-${two(index)}`,
    };
  });
  const hubs = branches.filter((b) => b.isHub);
  const reservationsPer = share(CITY.reservations * scale, branchCount);
  const switchesPer = share(CITY.switches * scale - 1, branchCount);
  const vlans = branches.flatMap((b) => branchVlans(b, rand, reservationsPer[b.index]!));

  // Switches: one core; each branch's aggregation switch on a core port (9-52), and when the
  // core is full, daisy-chained from an earlier branch's aggregation switch (port 50).
  const mgmtNext = new Map<number, number>();
  const mgmtIp = (hub: number) => () => {
    const n = (mgmtNext.get(hub) ?? 2) + 1;
    mgmtNext.set(hub, n);
    return `10.${20 + hub * BRANCHES_PER_HUB}.${20 + (n >> 8)}.${n & 255}`;
  };
  const CORE_PORTS = 44;
  const parent = (i: number) => (i < CORE_PORTS ? undefined : i - CORE_PORTS);
  const chainVlans = (i: number): string[] => {
    const own = carried(branches[i]!);
    const below = i + CORE_PORTS < branchCount ? chainVlans(i + CORE_PORTS) : [];
    return [...new Set([...own, ...below])];
  };
  const core: Tree = {
    name: "core-sw1",
    model: "aruba-2930f-48g-poe-4sfpp",
    role: "core",
    location: "hub-0",
    management: { vlan: "h0-mgmt" },
    ports: [
      { ports: "1-8", untagged: "h0-servers", description: "ESXi hosts and servers" },
      ...branches.slice(0, CORE_PORTS).map((b, i) => ({
        ports: 9 + i,
        tagged: chainVlans(i),
        connects: `${b.code}-agg:49`,
        description: `Link to ${b.code}`,
      })),
    ],
  };
  const switches = [
    core,
    ...branches.flatMap((b) => {
      const up = parent(b.index);
      const vlansUp = chainVlans(b.index);
      const below = b.index + CORE_PORTS < branchCount ? b.index + CORE_PORTS : undefined;
      return branchSwitches(
        b,
        switchesPer[b.index]!,
        up === undefined
          ? { sw: "core-sw1", port: 9 + b.index, vlans: vlansUp }
          : { sw: `${branches[up]!.code}-agg`, port: 50, vlans: vlansUp },
        below === undefined
          ? []
          : [{ port: 50, name: `${branches[below]!.code}-agg`, vlans: chainVlans(below) }],
        rand,
        mgmtIp(b.hub),
      );
    }),
  ];

  // DHCP: four servers per hub, one of each kind, each serving a share of the hub's branches.
  const SOFTWARE = [
    "kea",
    "kea",
    "kea",
    "kea",
    "kea",
    "kea",
    "isc-dhcp",
    "isc-dhcp",
    "windows",
    "dnsmasq",
  ];
  const dhcpServers = hubs.flatMap((h) => {
    const mine = branches.filter((b) => b.hub === h.hub);
    const serving = (software: string) =>
      mine
        .filter(
          (b) =>
            SOFTWARE[b.index % SOFTWARE.length] === software || (b.isHub && software === "kea"),
        )
        .flatMap((b) => branchVlans(b, () => 1, reservationsPer[b.index]!))
        .filter((v) => v.dhcp !== undefined)
        .map((v) => String(v.name));
    return (["kea", "isc-dhcp", "windows", "dnsmasq"] as const).map((software, i) => ({
      name: `h${h.hub}-dhcp${two(i + 1)}`,
      software,
      address: `10.${h.octet}.16.${12 + i}`,
      serves: serving(software),
    }));
  });

  // VMs: per hub, the infrastructure servers, then application servers up to the share.
  const vmsPer = share(CITY.vms * scale, hubs.length);
  const vms = hubs.flatMap((h) => {
    const net = (n: number) => ({
      vlan: `h${h.hub}-servers`,
      ip: `10.${h.octet}.${16 + (n >> 8)}.${n & 255}`,
    });
    const infra: Tree[] = [
      ...[1, 2].map((n) => ({
        name: `h${h.hub}-dc${two(n)}`,
        template: "win2022",
        role: "domain-controller",
        cpus: 2,
        memoryGb: 8,
        disks: [80],
        network: net(9 + n),
        folder: "Servers",
        backup: "daily",
        antiAffinity: `h${h.hub}-domain-controllers`,
      })),
      ...[1, 2, 3, 4].map((n) => ({
        name: `h${h.hub}-dhcp${two(n)}`,
        template: n === 3 ? "win2022" : "ubuntu2404",
        role: "dhcp",
        cpus: 1,
        memoryGb: 2,
        disks: [20],
        network: net(11 + n),
        folder: n === 3 ? "Servers" : "Servers/Linux",
        backup: "weekly",
      })),
      {
        name: `h${h.hub}-prov01`,
        template: "ubuntu2404",
        role: "phone-provisioning",
        cpus: 1,
        memoryGb: 2,
        disks: [20],
        network: net(20),
        folder: "Servers/Linux",
        backup: "none",
      },
    ];
    const apps = Array.from({ length: vmsPer[h.hub]! - infra.length }, (_, i) => {
      const linux = rand() < 0.5;
      return {
        name: `h${h.hub}-app${String(i + 1).padStart(3, "0")}`,
        template: linux ? "ubuntu2404" : "win2022",
        role: linux ? "application" : "file-server",
        cpus: 1 + Math.floor(rand() * 4),
        memoryGb: 2 ** (1 + Math.floor(rand() * 4)),
        disks: rand() < 0.3 ? [80, 100 * (1 + Math.floor(rand() * 10))] : [80],
        network: net(256 + 10 + i),
        folder: linux ? "Servers/Linux" : "Servers",
        backup: (["daily", "weekly", "monthly", "none"] as const)[Math.floor(rand() * 4)],
      };
    });
    return [...infra, ...apps];
  });

  // VDI: one pool per branch with public PCs.
  const publicBranches = branches.filter((b) => !b.isHub);
  const desktopsPer = share(CITY.desktops * scale, publicBranches.length);
  const pools = publicBranches.map((b, i) => ({
    name: `${b.code}-public`,
    template: "win11-public",
    count: desktopsPer[i]!,
    namePattern: `PUB${two(b.index)}-{nn}`,
    vlan: `${b.code}-public`,
    cpus: 2,
    memoryGb: 4,
    linkedClone: true,
    folder: "VDI",
    entitledGroups: [`MCPL-VDI-${b.code}`],
  }));

  const groups = [
    {
      name: "MCPL-Staff",
      description: "Every library staff member",
      memberGroups: branches.map((b) => `MCPL-Staff-${b.code}`),
    },
    ...branches.map((b) => ({
      name: `MCPL-Staff-${b.code}`,
      description: `Staff of ${b.isHub ? "hub" : "branch"} ${b.code}`,
    })),
    ...publicBranches.map((b) => ({
      name: `MCPL-VDI-${b.code}`,
      description: `Accounts entitled to the public desktops of ${b.code}`,
    })),
    { name: "MCPL-IT-Admins", members: ["ops@mcpl.org"] },
  ];

  const day = () =>
    `${2020 + Math.floor(rand() * 5)}-${two(1 + Math.floor(rand() * 12))}-${two(1 + Math.floor(rand() * 28))}`;
  const assets = [
    ...switches.map((sw) => ({
      id: String(sw.name),
      kind: "switch",
      model: String(sw.model),
      serial: `SG${String(Math.floor(rand() * 1e8)).padStart(8, "0")}`,
      location: String(sw.location),
      purchased: day(),
      cost: 2000 + Math.floor(rand() * 3000),
      lifespanYears: 8,
      vendor: "Metro Network Services",
    })),
    ...hubs.map((h) => ({
      id: `h${h.hub}-esxi-hosts`,
      kind: "server",
      model: "Dell PowerEdge R660",
      quantity: 16,
      location: h.location,
      purchased: "2024-09-01",
      cost: 240000,
      lifespanYears: 6,
    })),
    ...publicBranches.map((b, i) => ({
      id: `${b.code}-thin-clients`,
      kind: "endpoint",
      model: "HP t640 Thin Client",
      quantity: desktopsPer[i]!,
      location: b.location,
      purchased: "2024-01-10",
      cost: 420 * desktopsPer[i]!,
      lifespanYears: 6,
    })),
  ];

  const site: Tree = {
    version: 1,
    site: {
      name: "Metro City Public Library",
      code: "mcpl",
      timezone: "America/Chicago",
      address: "400 Civic Plaza, Metro City, IL 60601",
      domain: "ad.mcpl.org",
      locations: branches.map((b) => ({
        id: b.location,
        name: b.isHub
          ? `Hub ${b.hub} server room`
          : `${STREETS[b.index % STREETS.length]} branch ${two(b.index)}`,
      })),
      contacts: [
        {
          name: "Avery Chen",
          role: "IT Manager",
          email: "achen@mcpl.org",
          phone: "+1 312-555-0100",
          onCall: true,
        },
        {
          name: "Ravi Patel",
          role: "Network Engineer",
          email: "rpatel@mcpl.org",
          phone: "+1 312-555-0101",
          onCall: true,
        },
        { name: "Dana Brooks", role: "Systems Administrator", email: "dbrooks@mcpl.org" },
      ],
      vendors: [
        {
          name: "Metro Network Services",
          provides: ["switching", "cabling"],
          phone: "+1 312-555-0142",
          contract: "MNS-2025-009",
          contractEnds: "2028-06-30",
        },
        { name: "City IT", provides: ["internet", "firewall"], phone: "+1 312-555-0150" },
      ],
      currency: "USD",
      repository: "https://github.com/metro-city-library/site",
      credentials: {
        manager: "Bitwarden (MCPL IT)",
        entries: [
          { name: "Switch manager account", for: "every switch", heldBy: ["Network Engineer"] },
        ],
      },
    },
    network: {
      upstream: { gateway: `10.20.19.254`, description: "City IT firewall" },
      dns: ["10.20.16.10", "10.20.16.11"],
      ntp: ["10.20.16.10"],
      vlans,
      dhcpServers,
      switches,
    },
    vsphere: {
      server: "vcenter.ad.mcpl.org",
      datacenter: "MCPL",
      cluster: "Cluster01",
      datastore: "vsanDatastore",
      distributedSwitch: "dvs-mcpl",
      portGroups: vlans
        .filter((v) => v.purpose === "servers" || v.purpose === "public")
        .map((v) => String(v.name)),
      folders: ["Servers", "Servers/Linux", "VDI"],
      templates: {
        win2022: { name: "tmpl-win2022-std", os: "windows" },
        ubuntu2404: { name: "tmpl-ubuntu-2404", os: "linux" },
        "win11-public": { name: "tmpl-win11-public-golden", os: "windows" },
      },
      vms,
      vdi: { pools },
    },
    directory: { groups },
    azure: {
      location: "centralus",
      resourceGroup: "rg-mcpl-prod",
      backup: {
        storageAccount: "stmcplbackup",
        containers: ["vm-backups", "switch-configs"],
        immutableDays: 30,
        coolAfterDays: 30,
        deleteAfterDays: 365,
      },
      logAnalytics: { retentionDays: 90 },
    },
    inventory: {
      fiscalYearStarts: "01-01",
      assets,
      licenses: [
        {
          name: "VMware vSphere Enterprise Plus",
          seats: 32 * scale,
          renews: "2028-03-01",
          annualCost: 42000 * scale,
        },
        {
          name: "Horizon Standard",
          seats: CITY.desktops * scale,
          renews: "2028-01-15",
          annualCost: 90000 * scale,
        },
      ],
    },
    operations: {
      maintenanceWindow: "Sun 06:00-10:00",
      backups: [
        {
          name: "nightly-vms",
          covers: "daily",
          schedule: "02:00 daily",
          retentionDays: 30,
          target: "azure:vm-backups",
        },
        {
          name: "weekly-vms",
          covers: "weekly",
          schedule: "Sat 03:00",
          retentionDays: 90,
          target: "azure:vm-backups",
        },
        {
          name: "monthly-vms",
          covers: "monthly",
          schedule: "1st Sun 04:00",
          retentionDays: 365,
          target: "azure:vm-backups",
        },
      ],
      runbooks: ["runbooks/restore-a-vm.md", "runbooks/replace-a-switch.md"],
    },
  };
  // No anchors for lists that happen to be the same object: people write each one out.
  return stringify(site, { lineWidth: 0, aliasDuplicateObjects: false });
}
