/**
 * A generated consortium for the scale bench: 40 libraries the size of the example and 5
 * larger ones (20 switches and 1,000 DHCP reservations each), every one on its own share of
 * the address plan, with its own code, names and Azure address space, so the whole
 * consortium validates. Deterministic: the same folder every time.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { bigSiteText } from "./big-site.ts";

const EXAMPLE = new URL("../site.yaml", import.meta.url);
const RUNBOOKS = new URL("../runbooks", import.meta.url);

type Tree = Record<string, unknown>;

/** The example site, or the example ten times over with 1,000 reservations. */
async function base(large: boolean): Promise<string> {
  if (!large) return (await import("node:fs")).readFileSync(EXAMPLE, "utf8");
  const site = parse(bigSiteText(10)) as Tree;
  const vlans = (site.network as Tree).vlans as Tree[];
  let made = 0;
  for (const vlan of vlans) {
    if (!String(vlan.name).startsWith("staff")) continue;
    // The staff VLAN's first /24 for reservations, its second for the dynamic range.
    const net = String(vlan.subnet).split(".").slice(0, 2).join(".");
    (vlan.dhcp as Tree).range = `${net}.21.0-${net}.21.250`;
    const reservations = vlan.reservations as Tree[];
    for (let i = 0; i < 100; i++, made++) {
      const hex = (n: number) => n.toString(16).padStart(2, "0");
      reservations.push({
        host: `device-${made}`,
        mac: `02:1b:79:${hex(made >> 16)}:${hex((made >> 8) & 255)}:${hex(made & 255)}`,
        ip: `${net}.20.${30 + i}`,
      });
    }
  }
  return stringify(site, { lineWidth: 0 });
}

/** One member: the base text with its own code, name, addresses and Azure space. */
function member(
  text: string,
  code: string,
  name: string,
  octet: (old: number) => number,
  azure: string,
): string {
  return text
    .replace(/^( {2}name: ).*$/m, `$1${name}`)
    .replace(/10\.120\.(\d+)\.(\d+)/g, `${azure}.$1.$2`)
    .replace(
      /\b10\.(\d+)\.(\d+)\.(\d+)/g,
      (_m, a: string, b: string, c: string) => `10.${octet(Number(a))}.${b}.${c}`,
    )
    .replaceAll("rbpl", code)
    .replaceAll("RBPL", code.toUpperCase());
}

/** The consortium's sites: code, name, WAN allocation. */
export interface BenchSite {
  readonly code: string;
  readonly name: string;
  readonly wan: string;
  readonly large: boolean;
}

/** 40 example-sized libraries (10.1-10.40.0.0/16) and 5 large ones (a /12 each from 10.64). */
export function benchSites(): BenchSite[] {
  const sites: BenchSite[] = [];
  for (let n = 1; n <= 40; n++)
    sites.push({
      code: `lib${String(n).padStart(2, "0")}`,
      name: `Library ${n}`,
      wan: `10.${n}.0.0/16`,
      large: false,
    });
  for (let j = 0; j < 5; j++)
    sites.push({
      code: `big${j + 1}`,
      name: `Large Library ${j + 1}`,
      wan: `10.${64 + 16 * j}.0.0/12`,
      large: true,
    });
  return sites;
}

/** Writes the consortium into `dir` (consortium.yaml, sites/, stacks/); returns its sites. */
export async function writeBenchConsortium(dir: string): Promise<BenchSite[]> {
  const sites = benchSites();
  const small = await base(false);
  const large = await base(true);
  sites.forEach((s, i) => {
    const first = Number(s.wan.split(".")[1]);
    // The example's 10.20.x (and the large site's 10.20-10.29.x) move into the allocation.
    const octet = (old: number) => first + (old - 20);
    const text = member(s.large ? large : small, s.code, s.name, octet, `100.${64 + i}`);
    mkdirSync(join(dir, "sites", s.code, "runbooks"), { recursive: true });
    writeFileSync(join(dir, "sites", s.code, "site.yaml"), text);
    // The example's runbooks and room-card notes, which its site file names.
    cpSync(RUNBOOKS, join(dir, "sites", s.code, "runbooks"), { recursive: true });
    mkdirSync(join(dir, "stacks"), { recursive: true });
    writeFileSync(
      join(dir, "stacks", `Pulumi.${s.code}.yaml`),
      `config:\n  carrel:site: sites/${s.code}/site.yaml\n`,
    );
  });
  const consortium = {
    version: 1,
    consortium: {
      name: "Bench Valley Library Consortium",
      code: "bvlc",
      fiscalYearStarts: "07-01",
    },
    sites: sites.map((s) => ({ code: s.code, wan: s.wan, link: "1 Gb/s fibre" })),
    wan: {
      hub: { name: "Data centre", subnet: "10.0.0.0/22" },
      vpn: [{ name: "Staff remote access", subnet: "10.250.0.0/16" }],
    },
    defaults: {
      site: {
        vendors: [
          {
            name: "Consortium WAN",
            provides: ["wan"],
            contract: "WAN-1",
            contractEnds: "2028-06-30",
          },
        ],
      },
      directory: {
        groups: [
          { name: "Consortium-Catalogue-Staff", description: "Staff of the shared catalogue" },
        ],
      },
    },
    licences: [
      {
        name: "Shared ILS",
        vendor: "ILS vendor",
        renews: "2027-07-01",
        annualCost: 250000,
        sites: "all",
      },
    ],
  };
  writeFileSync(join(dir, "consortium.yaml"), stringify(consortium, { lineWidth: 0 }));
  return sites;
}
