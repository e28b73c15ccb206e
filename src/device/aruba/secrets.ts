/**
 * Lines of an ArubaOS-Switch config that hold credentials: SNMP communities, passwords,
 * RADIUS and TACACS+ keys, SNMPv3 users, authentication keys. Carrel never copies them
 * anywhere (site.yaml, reports, docs); it only says which line holds what kind of secret.
 */

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

/** What kind of secret a (trimmed) line holds, or `undefined` when it holds none. */
export function secretKind(line: string): string | undefined {
  return SECRET_LINES.find((s) => s.pattern.test(line))?.what;
}
