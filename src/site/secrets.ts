/**
 * What a secret looks like, in every text Carrel reads: site.yaml's free text (a password
 * written into a note, a key by its form), a pointer that should only say where a secret is
 * kept, a repository or other address with a way in written into it, and the lines and keys
 * of device configurations that hold credentials. One module, so that what counts as a
 * secret is decided in one place; each caller decides what to do (warn, refuse, leave out).
 *
 * False alarms in site text are kept rare on purpose: naming a secret is fine ("Password
 * manager: Bitwarden", "the PSK is in the vault"); what is found is a value written after
 * the word (`password=...`, `psk: Tr0ub4dor`), or text that is a key or token by its form.
 */

/** Words that name a secret, as they are written in notes. */
const SECRET_WORD =
  "(?:password|passwd|passphrase|passcode|pwd|pin|psk|pre-?shared[ _-]?key|shared[ _-]?secret|client[ _-]?secret|secret|api[ _-]?key|access[ _-]?key|auth[ _-]?token|token|community)";

/** A secret word, then `=` or `:` and a value: `password=hunter2`, `PSK: Tr0ub4dor&3`. */
const ASSIGNED = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(${SECRET_WORD})\\s*(=|:)[ \\t]*("[^"]*"|'[^']*'|\\S+)`,
  "giu",
);

/** Values after `word:` that point at a secret rather than being one. */
const POINTER_WORDS =
  /^(?:none|n\/a|na|null|unset|tbd|todo|see|in|on|at|stored|kept|from|the|a|an|our|your|its|ask|held|managed|rotated|changed|set|bitwarden|vaultwarden|1password|keepass|keepassxc|lastpass|dashlane|vault|pulumi|azure|entra|itglue|hudu|secret|secrets)$/i;

/** Forms that are secrets whatever surrounds them. */
const FORMS: readonly [RegExp, string][] = [
  [/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/, "a private key"],
  [/\b(?:AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{20,}/, "an Azure storage or service key"],
  [/[?&]sig=[A-Za-z0-9%+/]{20,}/, "a signed access (SAS) link"],
  [/\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}|\bgithub_pat_[A-Za-z0-9_]{30,}/, "a GitHub token"],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}/, "a Slack token"],
  [/\bAKIA[0-9A-Z]{16}\b/, "an AWS access key"],
];

/** Any of the forms: one scan of a text rules them all out (nearly every text). */
const ANY_FORM = new RegExp(FORMS.map(([pattern]) => pattern.source).join("|"));

/** The shortest run of base64 characters `randomLooking` takes for a key. */
const RANDOM_MIN = 32;
const BASE64_RUN = new RegExp(`[A-Za-z0-9+/_-]{${RANDOM_MIN},}={0,2}`, "g");

/** How unpredictable a string's characters are, in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

/**
 * A long run of base64 characters with upper case, lower case and digits mixed at random:
 * a key or token. Hex (checksums, ids) and words joined by hyphens are left alone.
 */
function randomLooking(text: string): string | undefined {
  for (const match of text.matchAll(BASE64_RUN)) {
    const token = match[0];
    const before = text.slice(0, match.index);
    if (/:\/\/\S*$/.test(before) || /^[0-9a-f-]+$/i.test(token)) continue;
    if (!/[A-Z]/.test(token) || !/[a-z]/.test(token) || !/[0-9]/.test(token)) continue;
    if (entropy(token) >= 4) return token;
  }
  return undefined;
}

/** An assigned value that is a secret, not a pointer to one; `sep` is `=` or `:`. */
function isSecretValue(value: string, sep: string): boolean {
  const bare = value.replace(/^["']|["']$/g, "").replace(/[.,;)]+$/, "");
  // Placeholders: <ask Sam>, [in Bitwarden], ${VAR}, ****, xxxx.
  if (bare.length < 4 || /^[<[{(]|^\$\{|^\*+$|^x+$|^\.+$/i.test(bare)) return false;
  if (POINTER_WORDS.test(bare)) return false;
  // After `=` anything is a value; after `:` a single plain word is more likely a pointer
  // ("Password: Bitwarden") than a password, so ask for a digit or a symbol as well.
  return sep === "=" || /[^\p{L}]/u.test(bare);
}

/** The secret a word names, for the message: `psk` is "a pre-shared key". */
function secretName(word: string): string {
  const w = word.toLowerCase().replace(/[ _-]/g, "");
  if (w === "pwd" || w === "passwd" || w === "password") return "a password";
  if (w === "psk" || w.endsWith("sharedkey")) return "a pre-shared key";
  if (w === "pin") return "a PIN";
  if (w === "community") return "an SNMP community string";
  if (w.endsWith("key")) return "an API or access key";
  if (w.endsWith("token")) return "a token";
  return `a ${word.toLowerCase()}`;
}

/** What a text holds that looks like a secret, and a piece of it to find its line by. */
export function secretIn(text: string): { what: string; at: string } | undefined {
  // The shortest thing warned about is a secret word, a sign and four characters (pin=1234).
  if (text.length < 8) return undefined;
  // Site texts are tens of thousands of names and notes: each check is skipped when the text
  // cannot hold what it looks for.
  if (ANY_FORM.test(text)) {
    for (const [pattern, what] of FORMS) {
      const found = pattern.exec(text);
      if (found) return { what, at: found[0].slice(0, 12) };
    }
  }
  if (text.includes("=") || text.includes(":")) {
    for (const m of text.matchAll(ASSIGNED)) {
      if (isSecretValue(m[3]!, m[2]!)) return { what: secretName(m[1]!), at: m[1]! };
    }
  }
  const token = text.length < RANDOM_MIN ? undefined : randomLooking(text);
  if (token) return { what: "a key or token", at: token.slice(0, 12) };
  return undefined;
}

/**
 * An address with a way in written into it: `https://user:password@host/...`, or a query
 * that carries a token (`?access_token=...`, `&key=...`). Unlike the other forms this is
 * never a guess, so it is refused outright; `git@host:path` and plain `user@host` are fine.
 */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/@:]+:[^\s/@]+@/i;
const URL_TOKEN =
  /[?&](?:access_token|token|api[_-]?key|apikey|key|password|passwd|secret|code|sig)=[^&#\s]{6,}/i;

/** What way in an address holds, or undefined. */
export function credentialInAddress(text: string): string | undefined {
  if (URL_PASSWORD.test(text)) return "a password in an address (user:password@)";
  if (URL_TOKEN.test(text)) return "a token in an address's query";
  return undefined;
}

/** `password: ...`, `pwd=...`, `token: ...`: a secret written out rather than pointed at. */
const WRITTEN_OUT = /\b(pass(word|phrase)?|passwd|pwd|secret|token|api[ _-]?key)\s*[:=]\s*\S/i;

/**
 * Whether a pointer to a secret (a password-manager entry, a service's credentials) holds
 * one written out instead; stricter than `secretIn`, since a pointer has no reason to say
 * `password:` at all.
 */
export function writesOutSecret(text: string): boolean {
  return WRITTEN_OUT.test(text);
}

/** A user name in an address that is really an access token (GitHub `ghp_...`, long random strings). */
export function tokenLike(userName: string): boolean {
  return /^(gh[pousr]_|glpat-|x-access-token$|[A-Za-z0-9_-]{24,}$)/.test(userName);
}

const SECRET_LINES: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /^snmp-server\s+community\b/i, what: "an SNMP community" },
  { pattern: /^snmp-server\s+host\b/i, what: "an SNMP trap receiver and its community" },
  { pattern: /^snmpv3\s+(user|community)\b/i, what: "an SNMPv3 user and its keys" },
  { pattern: /^password\s+(manager|operator|all|port-access)\b/i, what: "a local password" },
  { pattern: /^aaa\s+authentication\s+local-user\b/i, what: "a local user and its password" },
  { pattern: /^(radius|tacacs)-server\b.*\bkey\b/i, what: "a RADIUS or TACACS+ key" },
  { pattern: /\bkey-value\b|\bkey-string\b/i, what: "an authentication key" },
  { pattern: /^key-chain\b/i, what: "a key chain" },
  { pattern: /^crypto\b.*\b(key|password|secret)\b/i, what: "a cryptographic key" },
  { pattern: /^ip\s+ssh\s+public-key\b/i, what: "an SSH key of a manager" },
  // Anything else with a value after a credential word, quoted or not: fail closed, so a
  // command Carrel does not know (`ip ospf ... authentication-key X`) is never shown either.
  { pattern: /\b(password|secret|plaintext|sha1|sha256|md5|key)\s+"/i, what: "a password or key" },
  {
    pattern:
      /\b(password|passwd|passphrase|secret|plaintext|psk|community|pre-shared-key|[a-z0-9-]*-key|key|md5-auth-key-chain|auth-key-chain)\s+\S/i,
    what: "a password or key",
  },
];

/**
 * What kind of secret a (trimmed) ArubaOS-Switch config line holds, or `undefined` when it
 * holds none: SNMP communities, passwords, RADIUS and TACACS+ keys, SNMPv3 users,
 * authentication keys. Carrel never copies such a line anywhere; it only says which line
 * holds what kind of secret.
 */
export function secretKind(line: string): string | undefined {
  return SECRET_LINES.find((s) => s.pattern.test(line))?.what;
}

/** Keys of a JSON configuration (Kea) whose value is a credential. */
export function isSecretKey(key: string): boolean {
  return /^(password|secret|key|token|user-password)$/i.test(key);
}
