/**
 * The text types of the schema: which characters and lengths each kind of field accepts,
 * with the exact message a person sees, at the value's line and column.
 */
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/site/index.ts";
import { check, edit, EXAMPLE, found } from "../helpers/site.ts";

/** The errors of a site text, as `line:col path message`. */
const errors = (text: string) => found(check(text)).filter((m) => !m.includes("warning:"));

describe("every free-text field", () => {
  it("refuses a line break, saying so at the value", () => {
    const e = edit(EXAMPLE, "role: Head of User Experience", 'role: "Head of\\nUser Experience"');
    expect(errors(e.text)).toEqual([
      `${e.line}:13 site.contacts[0].role holds a line break, but this field is one line of text`,
    ]);
  });

  it("refuses carriage returns and Unicode line separators as line breaks too", () => {
    const cr = edit(EXAMPLE, "name: Teen Room", 'name: "Teen\\rRoom"');
    expect(errors(cr.text)).toEqual([
      `${cr.line}:13 site.locations[2].name holds a carriage return (a line break, U+000D), but this field is one line of text`,
    ]);
    const ls = edit(EXAMPLE, "name: Teen Room", 'name: "Teen\\u2028Room"');
    expect(errors(ls.text)).toEqual([
      `${ls.line}:13 site.locations[2].name holds a line separator (a line break, U+2028), but this field is one line of text`,
    ]);
  });

  it("names a control character by its code, and a tab in words", () => {
    const bell = edit(EXAMPLE, "contract: NNS-2024-117", 'contract: "NNS\\a2024"');
    expect(errors(bell.text)).toEqual([
      `${bell.line}:17 site.vendors[0].contract holds a control character U+0007, which no configuration or document can carry; remove it`,
    ]);
    const tab = edit(EXAMPLE, "contract: NNS-2024-117", 'contract: "NNS\\t2024"');
    expect(errors(tab.text)).toEqual([
      `${tab.line}:17 site.vendors[0].contract holds a tab, but this field is one line of text; use spaces`,
    ]);
  });

  it("refuses invisible characters that can hide what text says", () => {
    const e = edit(
      EXAMPLE,
      "description: Circulation desk staff",
      'description: "Circulation \\u202Eksed"',
    );
    expect(errors(e.text)).toEqual([
      `${e.line}:20 directory.groups[1].description holds an invisible text-direction control (U+202E), which can hide what the text really says; remove it`,
    ]);
  });

  it("accepts line breaks and tabs in notes, which only the docs show", () => {
    const e = edit(
      EXAMPLE,
      "      onCall: true\n    - name: Sam Ortiz",
      "      onCall: true\n      notes: |\n        Call after 6 pm.\n        \tPager: 0110\n    - name: Sam Ortiz",
    );
    expect(errors(e.text)).toEqual([]);
  });

  it("says how long a value is and how long it may be", () => {
    const e = edit(EXAMPLE, "role: Systems Administrator", `role: ${"x".repeat(101)}`);
    expect(errors(e.text)).toEqual([
      `${e.line}:13 site.contacts[1].role is 101 characters long, but this field takes at most 100`,
    ]);
  });

  it("shows a control character in a quoted value by name, so it cannot act in a terminal", () => {
    const e = edit(EXAMPLE, "ip: 10.20.10.5", 'ip: "10.20.10.5\\e[2J"');
    const issue = check(e.text).issues[0]!;
    expect(formatIssue(issue)).toBe(
      `site.yaml:${e.line}:15  network.vlans[0].hosts[0].ip  '10.20.10.5<U+001B>[2J' is not an IPv4 address (like 10.20.10.5)`,
    );
  });
});

describe("text that goes to a switch", () => {
  it("keeps VLAN names to identifiers of at most 32 characters", () => {
    const space = edit(EXAMPLE, "name: media-lab\n", "name: media lab\n");
    expect(errors(space.text)).toContain(
      `${space.line}:13 network.vlans[5].name 'media lab' is used as an identifier in the configurations, so it may only use letters, digits, '-' and '_' (found a space); longer wording goes in the description`,
    );
    const long = edit(EXAMPLE, "name: voip\n", `name: ${"v".repeat(33)}\n`);
    expect(errors(long.text)).toContain(
      `${long.line}:13 network.vlans[6].name is 33 characters long, but a VLAN name takes at most 32 (the switch's limit)`,
    );
  });

  it("refuses in a port description what the switch's quoted port name cannot hold", () => {
    const quote = edit(EXAMPLE, "description: Staff desks", 'description: Staff "desks"');
    expect(errors(quote.text)).toEqual([
      `${quote.line}:24 network.switches[0].ports[2].description holds a double quote ("), which a switch configuration cannot hold inside a quoted name`,
    ]);
    const accent = edit(EXAMPLE, "description: Staff desks", "description: Staff desks café");
    expect(errors(accent.text)).toEqual([
      `${accent.line}:24 network.switches[0].ports[2].description holds 'é', but a port description takes only plain ASCII letters, digits, spaces and punctuation (the switch stores its names as plain ASCII)`,
    ]);
    const long = edit(EXAMPLE, "description: Staff desks", `description: ${"d".repeat(65)}`);
    expect(errors(long.text)).toEqual([
      `${long.line}:24 network.switches[0].ports[2].description is 65 characters long, but a port description takes at most 64 (it becomes the switch's port name, which holds 64)`,
    ]);
  });

  it("keeps switch names to the switch's 32 characters", () => {
    const name = `core-${"s".repeat(28)}`;
    const e = edit(EXAMPLE, "- name: core-sw1", `- name: ${name}`);
    expect(errors(e.text)[0]).toBe(
      `${e.line}:13 network.switches[0].name is 33 characters long, but a switch name takes at most 32 (the switch's limit for its host name)`,
    );
  });
});

describe("typed names", () => {
  it("takes a domain as a DNS name", () => {
    for (const [bad, why] of [
      [
        "ad/rbpl.org",
        "each part between dots may only use letters, digits and hyphens (found '/')",
      ],
      ["../etc", "it has an empty part (two dots in a row, or a dot at the start)"],
      ["-ad.rbpl.org", "the part '-ad' starts or ends with a hyphen"],
      ["rbpl.123", "its last part is all digits, which reads as an address"],
    ] as const) {
      const e = edit(EXAMPLE, "domain: ad.rbpl.org", `domain: "${bad}"`);
      expect(errors(e.text)).toEqual([
        `${e.line}:11 site.domain '${bad}' is not a DNS name: ${why}`,
      ]);
    }
    const label = edit(EXAMPLE, "domain: ad.rbpl.org", `domain: ${"a".repeat(64)}.org`);
    expect(errors(label.text)[0]).toMatch(/is 64 characters long, and each part takes at most 63$/);
  });

  it("takes a VDI pool's name as a file name", () => {
    const e = edit(EXAMPLE, "- name: public-pcs", "- name: ../public");
    expect(errors(e.text)[0]).toBe(
      `${e.line}:15 vsphere.vdi.pools[0].name '../public' also names a file, so it may only use letters, digits, '-', '_' and '.' (found '/')`,
    );
    const device = edit(EXAMPLE, "- name: public-pcs", "- name: LPT1");
    expect(errors(device.text)[0]).toBe(
      `${device.line}:15 vsphere.vdi.pools[0].name 'LPT1' also names a file, and Windows reserves that name for a device; choose another`,
    );
  });

  it("takes Azure's names in Azure's forms", () => {
    const region = edit(EXAMPLE, "location: eastus", "location: East US");
    expect(errors(region.text)).toEqual([
      `${region.line}:13 azure.location 'East US' is not an Azure region name; write it as the Azure CLI does, like eastus`,
    ]);
    const container = edit(EXAMPLE, "containers: [vm-backups,", "containers: [VM--backups,");
    expect(errors(container.text)[0]).toContain(
      "azure.backup.containers[0] 'VM--backups' is not a container name Azure accepts",
    );
  });

  it("keeps characters Active Directory refuses out of group names", () => {
    const e = edit(EXAMPLE, "- name: RBPL-DML-Users", "- name: RBPL;DML");
    expect(errors(e.text)).toEqual([
      `${e.line}:13 directory.groups[6].name holds ';', which Active Directory does not allow in a group's name (none of "/\\[]:;|=,+*?<>@)`,
    ]);
  });

  it("takes e-mail addresses as addresses", () => {
    const e = edit(EXAMPLE, "email: jlee@rbpl.org", "email: jlee at rbpl");
    expect(errors(e.text)).toEqual([
      `${e.line}:14 site.contacts[0].email 'jlee at rbpl' is not an e-mail address (like help@library.org)`,
    ]);
  });

  it("reports a section key that is not a name at the key", () => {
    const e = edit(EXAMPLE, "    win2022: {", '    "win\\u00072022": {');
    expect(errors(e.text)).toContain(
      `${e.line}:5 vsphere.templates["win\\u00072022"] the name holds a control character U+0007, which no configuration or document can carry; remove it`,
    );
  });
});

describe("DHCP option text", () => {
  it("fits the 255 bytes a DHCP option carries, in ASCII", () => {
    const long = edit(
      EXAMPLE,
      "tftp-server-name: 10.20.10.20",
      `tftp-server-name: ${"t".repeat(256)}`,
    );
    expect(errors(long.text)).toEqual([
      `${long.line}:29 network.vlans[6].dhcp.options.tftp-server-name VLAN 'voip' asks for DHCP option 'tftp-server-name' with a value that is 256 bytes long, but DHCP option text takes at most 255 bytes`,
    ]);
    const accent = edit(EXAMPLE, "tftp-server-name: 10.20.10.20", "tftp-server-name: provisión");
    expect(errors(accent.text)).toEqual([
      `${accent.line}:29 network.vlans[6].dhcp.options.tftp-server-name VLAN 'voip' asks for DHCP option 'tftp-server-name' with a value that holds 'ó', but DHCP option text takes only plain ASCII letters, digits, spaces and punctuation (DHCP clients read option text as ASCII)`,
    ]);
  });
});
