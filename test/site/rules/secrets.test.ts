import { describe, expect, it } from "vitest";
import { secretIn } from "../../../src/site/secrets.ts";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

const ADVICE =
  "secrets never belong in site.yaml, which is shared, kept in git and shown in the docs: keep it in the password manager (or as a Pulumi secret) and write here only where it is kept. If it is real, change it, because git keeps old versions";

/** The example with notes on the first vendor. */
function withNotes(notes: string) {
  return edit(
    EXAMPLE,
    "      contract: NNS-2024-117",
    `      contract: NNS-2024-117\n      notes: ${notes}`,
  );
}

describe("secrets written into site.yaml", () => {
  it("finds none in the example", () => {
    expect(found(check(EXAMPLE), "secrets")).toEqual([]);
  });

  it("warns at the line of a password written after the word, without repeating it", () => {
    const e = withNotes('"Switch admin: password=hunter2"');
    const warnings = found(check(e.text), "secrets");
    expect(warnings).toEqual([
      `${e.line + 1}:29 site.vendors[0].notes warning: this looks like a password; ${ADVICE}`,
    ]);
    expect(warnings[0]).not.toContain("hunter2");
  });

  it("points at the line inside a multi-line note", () => {
    const e = withNotes(
      "|\n        Call Dana for the closet key.\n        Wi-Fi psk=Riverbend-2024-staff\n",
    );
    expect(found(check(e.text), "secrets")).toEqual([
      `${e.line + 3}:15 site.vendors[0].notes warning: this looks like a pre-shared key; ${ADVICE}`,
    ]);
  });

  it("refuses an address with a password or a token in it, in any field", () => {
    const e = edit(
      EXAMPLE,
      "      contract: NNS-2024-117",
      "      contract: NNS-2024-117\n      website: https://libadmin:Winter2026!@portal.example.net/",
    );
    expect(found(check(e.text), "secrets")).toEqual([
      `${e.line + 1}:16 site.vendors[0].website this address holds a password in an address (user:password@); site.yaml is shared, kept in git and shown in the docs, so write the address without it and keep the credential in the password manager. If it is real, change it, because git keeps old versions`,
    ]);
    const q = edit(
      EXAMPLE,
      "      contract: NNS-2024-117",
      "      contract: NNS-2024-117\n      website: https://portal.example.net/?access_token=abc123def456",
    );
    expect(found(check(q.text), "secrets")).toHaveLength(1);
    // an address that only names a user, or a Git remote, is fine
    const ok = edit(
      EXAMPLE,
      "      contract: NNS-2024-117",
      "      contract: NNS-2024-117\n      website: https://portal.example.net/?page=2",
    );
    expect(found(check(ok.text), "secrets")).toEqual([]);
  });

  it("warns about a private key and a long random token", () => {
    expect(
      // Written in two parts, so no scanner of this repository mistakes the test for a key.
      found(check(withNotes(`"-----BEGIN RSA ${"PRIVATE"} KEY-----"`).text), "secrets")[0],
    ).toContain("this looks like a private key;");
    expect(
      found(
        check(withNotes("API key aGVsbG8gd29ybGQgdGhpcyBpcyBhIHNlY3JldCBrZXkgMTIz").text),
        "secrets",
      )[0],
    ).toContain("this looks like a key or token;");
  });

  it("says nothing about a mention of a secret or where it is kept", () => {
    for (const text of [
      "Password manager: Bitwarden",
      "Wi-Fi password: see Bitwarden entry 'Staff Wi-Fi'",
      "The PSK is in the vault",
      "Secret Server holds the admin accounts",
      "SNMP community: public",
      "password: ********",
      "pwd: <ask Sam>",
      "Entra group 1b4e28ba-2fa1-11d2-883f-0016d3cca427",
      "firmware sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "https://lib.sharepoint.com/sites/IT/Forms/AllItems.aspx?id=abcDEF123456789012345678901234567890",
      "interlibrary-loan-workstation-replacement-plan-2027",
    ]) {
      expect(secretIn(text), text).toBeUndefined();
    }
  });

  it("recognises the common forms of a secret", () => {
    const cases: [string, string][] = [
      ["psk=abc12345", "a pre-shared key"],
      ["PSK: Tr0ub4dor&3", "a pre-shared key"],
      ["admin password: Library2024!", "a password"],
      ["secret: s3cr3t", "a secret"],
      ["token: ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "a GitHub token"],
      [
        `AccountName=x;${"Account"}Key=abcdefghijklmnopqrstuvwxyz0123456789ABCD==`,
        "an Azure storage or service key",
      ],
    ];
    for (const [text, what] of cases) expect(secretIn(text)?.what, text).toBe(what);
  });
});
