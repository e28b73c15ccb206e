/**
 * `services:` is checked like the other sections: references, dates, costs, credentials as
 * pointers, runbooks, handles. Exact messages at their lines, on in-test edits of the example.
 */
import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

const place = (text: string, of: string) => edit(text, of, of).at;

describe("services", () => {
  it("raises nothing on the example", () => {
    expect(found(check(EXAMPLE), "services")).toEqual([]);
  });

  it("resolves vendors, admins, VLANs, VMs and services, with a did you mean", () => {
    let text = edit(
      EXAMPLE,
      "    vendor: Riverbend Town IT     # a vendor above",
      "    vendor: Riverbend Town I.T.",
    ).text;
    text = edit(
      text,
      "    admin: Systems Administrator\n    credentials: { entry: Azure",
      "    admin: Sytems Administrator\n    credentials: { entry: Azure",
    ).text;
    text = edit(
      text,
      "      vlans: [staff, public]\n    mail:",
      "      vlans: [staf, public]\n    mail:",
    ).text;
    text = edit(text, "      vms: [rbpl-print01]", "      vms: [rbpl-prnt01]").text;
    text = edit(
      text,
      "      services: [Microsoft 365 email]",
      "      services: [Microsoft 365 mail, Room booking]",
    ).text;
    expect(found(check(text), "services")).toEqual([
      `${place(text, "Riverbend Town I.T.")} services[0].vendor 'Riverbend Town I.T.' is not a vendor under site.vendors; did you mean 'Riverbend Town IT'?`,
      `${place(text, "Sytems Administrator")} services[1].admin 'Sytems Administrator' is not the role or name of a contact under site.contacts; did you mean 'Systems Administrator'?`,
      `${place(text, "staf, public")} services[2].dependsOn.vlans[0] 'staf' is not a VLAN under network.vlans; did you mean 'staff'?`,
      `${place(text, "Microsoft 365 mail")} services[3].dependsOn.services[0] 'Microsoft 365 mail' is not a service under services; did you mean 'Microsoft 365 email'?`,
      `${place(text, "Room booking]")} services[3].dependsOn.services[1] a service cannot depend on itself`,
      `${place(text, "rbpl-prnt01")} services[4].dependsOn.vms[0] 'rbpl-prnt01' is not a VM under vsphere.vms or a host under a VLAN's hosts; did you mean 'rbpl-print01'?`,
    ]);
  });

  it("checks DNS names in the public and the internal domain", () => {
    let text = edit(
      EXAMPLE,
      "      dnsNames: [catalog.rbpl.org]",
      "      dnsNames: [catalogue.rbpl.org, rbpl.bibliocommons.example]",
    ).text;
    text = edit(
      text,
      "      dnsNames: [rbpl-print01.ad.rbpl.org]",
      "      dnsNames: [print01.ad.rbpl.org]",
    ).text;
    expect(found(check(text), "services")).toEqual([
      `${place(text, "catalogue.rbpl.org")} services[2].dependsOn.dnsNames[0] catalogue.rbpl.org is in the public domain rbpl.org, but publicDns has no record for it; add one under publicDns.records`,
      `${place(text, "print01.ad.rbpl.org]")} services[4].dependsOn.dnsNames[0] print01.ad.rbpl.org is in the internal domain ad.rbpl.org, but no host, VM, switch or reservation is named 'print01'`,
    ]);
  });

  it("refuses a password in the credentials pointer, a negative cost and an unreal date", () => {
    let text = edit(
      EXAMPLE,
      "credentials: { entry: LibCal administrator }",
      'credentials: { entry: "LibCal admin, password: Spring2026!" }',
    ).text;
    text = edit(
      text,
      "    renews: 2027-04-01\n    annualCost: 2350",
      "    renews: 2027-02-30\n    annualCost: -2350",
    ).text;
    expect(found(check(text), "services")).toEqual([
      `${place(text, '"LibCal admin')} services[3].credentials.entry this looks like a password or key written out; site.yaml holds only where it is kept (the password manager and the entry's name), never the secret itself`,
      `${place(text, "2027-02-30")} services[3].renews 2027-02-30 is not a real date; February 2027 has 28 days`,
      `${place(text, "-2350")} services[3].annualCost an annual cost cannot be negative (-2350); write 0 or more`,
    ]);
  });

  it("announces a renewal within 90 days, as for licences", () => {
    // given the tests' today, 23 November 2026, and room booking renewing on 1 February 2027
    const text = edit(EXAMPLE, "    renews: 2027-04-01", "    renews: 2027-02-01").text;
    expect(found(check(text), "services")).toEqual([
      `${place(text, "2027-02-01")} services[3].renews warning: service 'Room booking' renews on 2027-02-01, in 70 days; plan the renewal`,
    ]);
  });

  it("checks a service's runbook like R31, and keeps handles for social media", () => {
    let text = edit(
      EXAMPLE,
      "    runbook: runbooks/mail-not-arriving.md",
      "    runbook: ../mail.md",
    ).text;
    text = edit(
      text,
      "    product: Springshare LibCal",
      '    product: Springshare LibCal\n    handle: "@rooms"',
    ).text;
    text = edit(text, '    handle: "@riverbendlibrary"\n', "").text;
    expect(found(check(text), "services")).toEqual([
      `${place(text, "../mail.md")} services[1].runbook '../mail.md' points outside the folder of the site file; keep runbooks in that folder, for example under runbooks/`,
      `${place(text, '"@rooms"')} services[3].handle only social media accounts have a handle; this service is kind room-booking`,
      `${place(text, "social\n")} services[5].kind warning: write the account's handle (handle: "@name"), so a successor can find 'Instagram'`,
    ]);
  });

  it("refuses two services of one name", () => {
    const text = edit(EXAMPLE, "  - name: Instagram", "  - name: catalogue").text;
    expect(found(check(text), "services")).toEqual([
      `${place(text, "catalogue\n")} services[5].name a service named 'Catalogue' is already declared above; give each service its own name`,
    ]);
  });

  it("refuses a web address with a password in it", () => {
    const e = edit(
      EXAMPLE,
      "      admin: https://admin.microsoft.com/",
      "      admin: https://admin:Secret1@admin.microsoft.com/",
    );
    expect(found(check(e.text), "schema")).toEqual([
      `${e.line}:14 services[1].urls.admin 'https://admin:Secret1@admin.microsoft.co…' holds a user name or password; write only the address, and keep the account in the password manager`,
    ]);
  });
});
