/**
 * The catalogue's checks on one running switch configuration. A setting ArubaOS-Switch has on
 * by default (telnet, the plain web interface) counts as on unless the config turns it off,
 * since `show running-config` prints only what differs from the defaults.
 */
import { compareReleases, releaseFamily } from "../../site/switching/firmware.ts";
import { isUntrustedVlan } from "../../site/model/port-facing.ts";
import type { Finding, Outcome } from "../report.ts";
import { runningFinding, type RunningAudit, type RunningPort } from "./context.ts";

const applies = (check: string, findings: readonly Finding[]): Outcome => ({
  check,
  applies: true,
  findings,
});
const notApplicable = (check: string, note: string): Outcome => ({
  check,
  applies: false,
  note,
  findings: [],
});

const list = (labels: readonly string[]) => labels.join(", ");

function vlanWords(a: RunningAudit, id: number): string {
  const name = a.config.vlans.get(id)?.name?.value;
  return name ? `VLAN ${id} '${name}'` : `VLAN ${id}`;
}

function isolatedPublic(a: RunningAudit): Outcome {
  const routed = [...a.config.vlans.values()].filter(
    (v) => v.addresses.length > 0 && isUntrustedVlan(a.purpose(v.id), a.isolated(v.id)),
  );
  if (routed.length === 0)
    return notApplicable("isolated-public-vlans", "the switch routes no public or guest VLAN");
  const findings = routed
    .filter((v) => !v.accessGroups.some((g) => g.direction === "in"))
    .map((v) =>
      runningFinding(
        a,
        "isolated-public-vlans",
        `${vlanWords(a, v.id)} is a public network routed here without an access list ('ip access-group ... in'): its devices reach every other network`,
        v.addresses[0]!.line,
      ),
    );
  return applies("isolated-public-vlans", findings);
}

function managementOnPublic(a: RunningAudit): Outcome {
  const findings: Finding[] = [];
  const seen = new Set<number>();
  for (const p of a.ports.filter((x) => x.publicFacing)) {
    for (const [how, list] of [
      ["untagged", p.facts.untagged],
      ["tagged", p.facts.tagged],
    ] as const) {
      for (const m of list.filter((x) => a.managementVlans.has(x.vlan))) {
        if (seen.has(m.line)) continue;
        seen.add(m.line);
        findings.push(
          runningFinding(
            a,
            "management-on-public-port",
            `public port ${p.facts.label} carries the management ${vlanWords(a, m.vlan)} ${how}: anyone plugging in there reaches the switches' management`,
            m.line,
          ),
        );
      }
    }
  }
  return applies("management-on-public-port", findings);
}

/** VLAN ids site.yaml serves by DHCP that this switch carries. */
function dhcpVlans(a: RunningAudit): number[] {
  if (!a.model) return [];
  return a.model.vlans
    .filter((v) => v.vlan.dhcp && v.dhcpServer && a.config.vlans.has(v.vlan.id))
    .map((v) => v.vlan.id);
}

function dhcpSnooping(a: RunningAudit): Outcome {
  const s = a.security;
  if (s.snooping === undefined)
    return applies("dhcp-snooping", [
      runningFinding(
        a,
        "dhcp-snooping",
        "DHCP snooping is off (no 'dhcp-snooping' line): any device plugged in can hand out addresses",
        undefined,
      ),
    ]);
  const missing = dhcpVlans(a).filter((id) => !s.snoopingVlans.has(id));
  return applies(
    "dhcp-snooping",
    missing.length === 0
      ? []
      : [
          runningFinding(
            a,
            "dhcp-snooping",
            `DHCP snooping does not watch ${missing.map((id) => vlanWords(a, id)).join(", ")}, which site.yaml serves by DHCP`,
            s.snooping,
          ),
        ],
  );
}

/** The line that sets something for a port, on the port itself or on its trunk. */
function setFor(p: RunningPort, map: ReadonlyMap<string, number>): number | undefined {
  return map.get(p.member) ?? map.get(p.facts.label);
}

function snoopingTrust(a: RunningAudit): Outcome {
  if (a.security.snooping === undefined)
    return notApplicable("snooping-trust", "DHCP snooping is off");
  const findings = a.ports
    .filter((p) => p.facing === "device" || p.facing === "ap")
    .flatMap((p) => {
      const line = setFor(p, a.security.snoopingTrust);
      return line === undefined
        ? []
        : [
            runningFinding(
              a,
              "snooping-trust",
              `port ${p.facts.label} faces a device, not a switch or a DHCP server, yet DHCP snooping trusts it`,
              line,
            ),
          ];
    });
  return applies("snooping-trust", findings);
}

/** VLANs that should be ARP-protected here: public, guest or isolated ones with device ports. */
function arpWanted(a: RunningAudit): number[] {
  return [...a.config.vlans.values()]
    .filter((v) => isUntrustedVlan(a.purpose(v.id), a.isolated(v.id)))
    .filter((v) => v.untagged.size > 0)
    .map((v) => v.id);
}

function arpProtection(a: RunningAudit): Outcome {
  const wanted = arpWanted(a);
  if (wanted.length === 0)
    return notApplicable("arp-protection", "no public, guest or isolated VLAN has ports here");
  const s = a.security;
  const missing = wanted.filter((id) => s.arp === undefined || !s.arpVlans.has(id));
  return applies(
    "arp-protection",
    missing.map((id) =>
      runningFinding(
        a,
        "arp-protection",
        `${vlanWords(a, id)} has no ARP protection${s.arp === undefined ? " (no 'arp-protect' line)" : ""}: a device on it can pose as the router`,
        a.config.vlans.get(id)!.line,
      ),
    ),
  );
}

function edgeProtection(a: RunningAudit): Outcome {
  const s = a.security;
  const exposed = a.ports.filter((p) => p.publicFacing);
  if (exposed.length === 0) return notApplicable("edge-protection", "no public ports here");
  const lacking = exposed.filter(
    (p) =>
      setFor(p, s.adminEdge) === undefined ||
      setFor(p, s.bpduProtection) === undefined ||
      setFor(p, s.loopProtect) === undefined,
  );
  if (lacking.length === 0) return applies("edge-protection", []);
  return applies("edge-protection", [
    runningFinding(
      a,
      "edge-protection",
      `public port${lacking.length > 1 ? "s" : ""} ${list(lacking.map((p) => p.facts.label))} lack${lacking.length > 1 ? "" : "s"} admin-edge-port, BPDU protection or loop protection: a patron's switch or a looped cable there can take the network down`,
      lacking[0]!.facts.untagged[0]?.line,
    ),
  ]);
}

function sshOnly(a: RunningAudit): Outcome {
  const s = a.security;
  const findings: Finding[] = [];
  if (s.telnetOff === undefined)
    findings.push(
      runningFinding(
        a,
        "ssh-only",
        "telnet is on (no 'no telnet-server' line): sign-ins cross the network in clear text",
        undefined,
      ),
    );
  if (s.webPlaintextOff === undefined)
    findings.push(
      runningFinding(
        a,
        "ssh-only",
        "the plain (HTTP) web interface is on (no 'no web-management' line): its password crosses the network in clear text",
        s.webSsl,
      ),
    );
  if (s.sshOff !== undefined)
    findings.push(runningFinding(a, "ssh-only", "SSH is turned off ('no ip ssh')", s.sshOff));
  return applies("ssh-only", findings);
}

function snmp(a: RunningAudit): Outcome {
  return applies(
    "snmp-v1-v2c",
    a.security.communities.map((c) => {
      const name = c.defaultName
        ? `the factory-default community '${c.defaultName}'`
        : "an SNMP community";
      const access = `${c.manager ? "read-write (manager)" : "read-only (operator)"}${c.unrestricted ? ", unrestricted" : ""}`;
      return runningFinding(
        a,
        "snmp-v1-v2c",
        `${name} gives SNMP v1/v2c ${access} access, its name sent in clear text: remove it ('no snmp-server community ...') and use SNMPv3`,
        c.line,
      );
    }),
  );
}

function managers(a: RunningAudit): Outcome {
  const m = a.security.managers;
  if (m.length === 0)
    return applies("authorized-managers", [
      runningFinding(
        a,
        "authorized-managers",
        "any address may try to manage the switch (no 'ip authorized-managers' line)",
        undefined,
      ),
    ]);
  return applies(
    "authorized-managers",
    m
      .filter((x) => x.mask === "0.0.0.0")
      .map((x) =>
        runningFinding(
          a,
          "authorized-managers",
          `'ip authorized-managers ${x.network} ${x.mask}' allows every address`,
          x.line,
        ),
      ),
  );
}

function simple(a: RunningAudit): Outcome[] {
  const s = a.security;
  return [
    applies(
      "log-hosts",
      s.logHosts.length > 0
        ? []
        : [
            runningFinding(
              a,
              "log-hosts",
              "the switch sends its logs nowhere (no 'logging <address>' line)",
              undefined,
            ),
          ],
    ),
    applies(
      "login-banner",
      s.banner && s.banner.value.trim() !== ""
        ? []
        : [runningFinding(a, "login-banner", "no login banner ('banner motd')", undefined)],
    ),
    applies(
      "idle-timeout",
      (s.consoleTimeout?.value ?? 0) > 0
        ? []
        : [
            runningFinding(
              a,
              "idle-timeout",
              "idle sessions are never closed ('console inactivity-timer' is 0 or missing)",
              s.consoleTimeout?.line,
            ),
          ],
    ),
    applies(
      "include-credentials",
      s.includeCredentials === undefined
        ? []
        : [
            runningFinding(
              a,
              "include-credentials",
              "'include-credentials' stores the switch's passwords and keys in this configuration file",
              s.includeCredentials,
            ),
          ],
    ),
  ];
}

function unusedPorts(a: RunningAudit): Outcome {
  const vlan1 = a.config.vlans.get(1);
  const idle = a.ports.filter(
    (p) =>
      p.facts.trunk === undefined &&
      p.facts.name === undefined &&
      p.facts.disabled === undefined &&
      p.facts.tagged.length === 0 &&
      p.facts.untagged.length > 0 &&
      p.facts.untagged.every((m) => m.vlan === 1),
  );
  return applies(
    "unused-ports",
    idle.length === 0
      ? []
      : [
          runningFinding(
            a,
            "unused-ports",
            `port${idle.length > 1 ? "s" : ""} ${list(idle.map((p) => p.facts.label))} ${idle.length > 1 ? "are" : "is"} unused (only in VLAN 1, no name) but not disabled`,
            idle[0]!.facts.untagged[0]?.line ?? vlan1?.line,
          ),
        ],
  );
}

function firmware(a: RunningAudit): Outcome {
  const release = a.config.header?.release;
  const minimum = a.model?.security.settings.firmwareMinimum ?? {};
  const sw = a.model?.site.network.switches.find((s) => s.name === a.siteSwitch);
  const family = release === undefined ? undefined : releaseFamily(release);
  const key = sw && Object.hasOwn(minimum, sw.model) ? sw.model : family;
  const floor = key !== undefined && Object.hasOwn(minimum, key) ? minimum[key] : undefined;
  if (release === undefined || floor === undefined)
    return notApplicable(
      "firmware-minimum",
      release === undefined
        ? "the configuration does not name its release"
        : "site.yaml records no minimum for this switch",
    );
  const order = compareReleases(release, floor);
  return applies(
    "firmware-minimum",
    order !== undefined && order < 0
      ? [
          runningFinding(
            a,
            "firmware-minimum",
            `the switch runs ${release}, older than the minimum ${floor} for ${key}: upgrade it`,
            a.config.header!.line,
          ),
        ]
      : [],
  );
}

/** Every running check on one switch configuration. */
export function runningChecks(a: RunningAudit): Outcome[] {
  return [
    isolatedPublic(a),
    managementOnPublic(a),
    dhcpSnooping(a),
    snoopingTrust(a),
    arpProtection(a),
    edgeProtection(a),
    sshOnly(a),
    snmp(a),
    managers(a),
    ...simple(a),
    unusedPorts(a),
    firmware(a),
  ];
}
