/**
 * The example site as the spec's example has it for switching: the internet router declared
 * (`network.upstream.gateway` 10.20.10.254, host `fw01`), a Horizon connection server host
 * (`rbpl-cs01`), and the flows the public VLAN still needs (`allow:`). Each piece is added only
 * when site.yaml lacks it, so the helper keeps working once site.yaml has them itself.
 */
import { edit, EXAMPLE } from "./site.ts";

/** What the public VLAN's `allow:` says: domain sign-in, Horizon and printing. */
export const PUBLIC_ALLOWS = `      allow:                      # connections public PCs and VDI desktops still need
        - to: [rbpl-dc01, rbpl-dc02]
          protocol: tcp
          ports: [88, 135, 389, 445, 464, 636, 3268, 3269, "49152-65535"]
          description: Domain sign-in and group policy (Kerberos, RPC, LDAP, SMB)
        - to: [rbpl-dc01, rbpl-dc02]
          protocol: udp
          ports: [88, 389, 464]
          description: Kerberos and LDAP over UDP
        - to: rbpl-cs01
          protocol: tcp
          ports: [443, 4001, 4002, 4172, 8443]
          description: Horizon clients and agents to the connection server
        - to: rbpl-cs01
          protocol: udp
          ports: [4172, 8443]
          description: PCoIP and Blast display traffic through the connection server
        - to: rbpl-print01
          protocol: tcp
          ports: [135, 445, "49152-65535"]
          description: Public printing through the print server
`;

function addUpstream(text: string): string {
  if (/^ {2}upstream:/m.test(text)) return text;
  return edit(
    text,
    "network:\n",
    "network:\n  upstream:\n    gateway: 10.20.10.254\n    description: Town IT firewall (internet and VPN)\n",
  ).text;
}

function addHosts(text: string): string {
  const anchor = "        - host: esxi03\n          ip: 10.20.10.103\n";
  let out = text;
  if (!/host: fw01\b/.test(out))
    out = edit(out, anchor, `${anchor}        - host: fw01\n          ip: 10.20.10.254\n`).text;
  if (!/host: rbpl-cs01\b/.test(out))
    out = edit(out, anchor, `${anchor}        - host: rbpl-cs01\n          ip: 10.20.10.30\n`).text;
  return out;
}

function addAllows(text: string): string {
  if (/^ {6}allow:/m.test(text)) return text;
  const anchor = "        range: 10.20.30.50-10.20.30.240\n        leaseTime: 4h\n";
  return edit(text, anchor, `${anchor}${PUBLIC_ALLOWS}`).text;
}

/** The example with the internet router, the connection server and the public VLAN's allows. */
export const ROUTED_EXAMPLE = addAllows(addHosts(addUpstream(EXAMPLE)));
