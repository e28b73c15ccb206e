/**
 * The consortium-wide rules on small sites: each problem in words, at the line and column
 * of the file where it is fixed (the later site, naming the earlier one's place).
 */
import { describe, expect, it } from "vitest";
import { parseConsortium } from "../../src/consortium/consortium.ts";
import { crossSiteIssues } from "../../src/consortium/cross-site.ts";
import { siteFacts } from "../../src/consortium/facts.ts";
import { formatIssue, parseSource } from "../../src/site/index.ts";

const CONSORTIUM = `version: 1
consortium:
  name: Test Consortium
  code: tc
sites:
  - code: aaa
    wan: 10.1.0.0/16
  - code: bbb
    wan: 10.2.0.0/16
wan:
  hub:
    name: Data centre
    subnet: 10.0.0.0/22
  vpn:
    - name: Remote staff
      subnet: 10.250.0.0/16
`;

/** A site file with the given VLAN subnets (and optionally a storage account). */
function site(code: string, subnets: readonly string[], account?: string): string {
  const vlans = subnets
    .map((s, i) => `    - id: ${10 + i}\n      name: v${10 + i}\n      subnet: ${s}\n`)
    .join("");
  const azure = account ? `azure:\n  backup:\n    storageAccount: ${account}\n` : "";
  return `version: 1\nsite:\n  code: ${code}\nnetwork:\n  vlans:\n${vlans}${azure}`;
}

function check(a: string, b: string, consortium = CONSORTIUM): string[] {
  const c = parseConsortium("consortium.yaml", consortium, () => true);
  const facts = [
    siteFacts("aaa", parseSource("sites/aaa/site.yaml", a)),
    siteFacts("bbb", parseSource("sites/bbb/site.yaml", b)),
  ];
  return crossSiteIssues(c, facts).map(formatIssue);
}

describe("cross-site rules", () => {
  it("accepts sites inside their allocations, apart from each other and the WAN", () => {
    expect(check(site("aaa", ["10.1.10.0/24"]), site("bbb", ["10.2.10.0/24"]))).toEqual([]);
  });

  it("reports a subnet that overlaps another site's at the later site's line", () => {
    // given bbb's second VLAN in aaa's addresses
    const issues = check(
      site("aaa", ["10.1.10.0/24", "10.1.20.0/24"]),
      site("bbb", ["10.2.10.0/24", "10.1.20.0/25"]),
    );
    expect(issues).toEqual([
      "sites/bbb/site.yaml:11:15  network.vlans[1].subnet  10.1.20.0/25 (VLAN 'v11') is outside this site's WAN allocation 10.2.0.0/16 (consortium.yaml:9:10); it lies in the allocation of site 'aaa'; use addresses from the allocation, or change it in consortium.yaml",
      "sites/bbb/site.yaml:11:15  network.vlans[1].subnet  10.1.20.0/25 (VLAN 'v11') overlaps 10.1.20.0/24, VLAN 'v11' of site 'aaa' (sites/aaa/site.yaml:11:15); the sites of a consortium share one WAN, so each needs its own addresses",
    ]);
  });

  it("reports a subnet in the hub's or a VPN's addresses", () => {
    const issues = check(site("aaa", ["10.0.1.0/24"]), site("bbb", ["10.250.3.0/24"]));
    expect(issues).toEqual([
      "sites/aaa/site.yaml:8:15  network.vlans[0].subnet  10.0.1.0/24 (VLAN 'v10') overlaps the hub (Data centre), 10.0.0.0/22 (consortium.yaml:13:13); the consortium's WAN routes those addresses elsewhere",
      "sites/bbb/site.yaml:8:15  network.vlans[0].subnet  10.250.3.0/24 (VLAN 'v10') overlaps the VPN 'Remote staff', 10.250.0.0/16 (consortium.yaml:16:15); the consortium's WAN routes those addresses elsewhere",
    ]);
  });

  it("reports a storage account name two sites use, and a code that is not the folder's", () => {
    const issues = check(
      site("aaa", ["10.1.10.0/24"], "stsharedbackup"),
      site("bbx", ["10.2.10.0/24"], "stsharedbackup"),
    );
    expect(issues).toEqual([
      "sites/bbb/site.yaml:3:9  site.code  this site lives in sites/bbb/ and is listed as 'bbb' in consortium.yaml, but its code is 'bbx'; a member's code is its folder's name (its stack and resource names use it)",
      "sites/bbb/site.yaml:11:21  azure.backup.storageAccount  storage account 'stsharedbackup' is also the one of site 'aaa' (sites/aaa/site.yaml:11:21); Azure storage account names are unique across all of Azure, so each site needs its own",
    ]);
  });
});

describe("consortium.yaml on its own", () => {
  it("reports allocations that overlap, host bits, repeated codes and unknown sites", () => {
    const text = `version: 1
consortium:
  name: T
  code: t
sites:
  - code: aaa
    wan: 10.1.0.0/16
  - code: bbb
    wan: 10.1.128.0/17
  - code: aaa
    wan: 10.3.0.5/16
licences:
  - name: ILS
    sites: [aaa, bbc]
`;
    const c = parseConsortium("consortium.yaml", text, () => true);
    expect(c.issues.map(formatIssue)).toEqual([
      "consortium.yaml:9:10  sites[1].wan  10.1.128.0/17 (the WAN allocation of site 'bbb') overlaps 10.1.0.0/16 (the WAN allocation of site 'aaa'); each part of the address plan needs its own addresses",
      "consortium.yaml:10:11  sites[2].code  site code 'aaa' is already used by sites[0]; every site needs its own code (and folder)",
      "consortium.yaml:11:10  sites[2].wan  10.3.0.5/16 has host bits set; did you mean 10.3.0.0/16?",
      "consortium.yaml:14:18  licences[0].sites[1]  'bbc' is not a site of this consortium; did you mean 'bbb'?",
    ]);
    expect(c.members.map((m) => m.code)).toEqual(["aaa", "bbb"]);
  });

  it("refuses a key no site inherits, with a suggestion", () => {
    const text = `version: 1\nconsortium:\n  name: T\n  code: t\nsites: []\ndefaults:\n  network:\n    dnss: [10.0.0.10]\n`;
    const c = parseConsortium("consortium.yaml", text, () => true);
    expect(c.issues.map(formatIssue)).toEqual([
      "consortium.yaml:8:5  defaults.network.dnss  unknown key 'dnss'; did you mean 'dns'?",
    ]);
  });
  it("refuses an address with a password and warns about a key, as in site.yaml", () => {
    const text = CONSORTIUM.replace(
      "    name: Data centre\n",
      "    name: Data centre\n    address: https://admin:Sup3rS3cret@vpn.example.org/\n    description: 'VPN pre-shared key: psk=Hunter2Hunter2'\n",
    );
    const c = parseConsortium("consortium.yaml", text, () => true);
    const shown = c.issues.map(formatIssue);
    expect(shown[0]).toMatch(
      /^consortium\.yaml:13:14 {2}wan\.hub\.address {2}this address holds .*consortium\.yaml is shared/,
    );
    expect(shown[1]).toMatch(
      /^consortium\.yaml:14:\d+ {2}wan\.hub\.description {2}warning: this looks like/,
    );
    expect(shown.join("\n")).not.toMatch(/Sup3rS3cret|Hunter2/);
  });
});
