/**
 * The Security page: what `carrel audit` finds on the docs' date (each finding with the place
 * in site.yaml to fix, and, with `--running`, the running configuration's line), the state of
 * every check of the catalogue, how the switches are hardened, and where the checks come from.
 */
import { ANCHORS, CHECKS, check } from "../../audit/catalogue.ts";
import { ordered, sitePosition } from "../../audit/format.ts";
import {
  severityCounts,
  type AuditReport,
  type CheckResult,
  type Finding,
} from "../../audit/report.ts";
import { formatPath } from "../../site/issue.ts";
import type { PortPolicy, SwitchSecurity } from "../../site/model/switch-security.ts";
import { formatMembers } from "../../render/switch/member-lists.ts";
import { vlanList } from "../../render/switch/hardening.ts";
import type { DocsContext } from "../context.ts";
import {
  code,
  flag,
  list,
  note,
  p,
  strong,
  table,
  type Inline,
  type Page,
  type Section,
} from "../doc.ts";
import { longDate } from "../format.ts";
import { wordsUsedHere } from "./glossary.ts";
import { groupedTable } from "./grouping.ts";

function where(f: Finding): Inline {
  if (f.site) return code(`${sitePosition(f)}  ${formatPath(f.site.path)}`);
  const r = f.running!;
  return code(`${r.file}${r.line !== undefined ? `:${r.line}` : ""}`);
}

function severityWords(f: Finding): Inline {
  return f.severity === "high" ? flag("overdue", "high") : f.severity;
}

function findingsSection(report: AuditReport): Section {
  const findings = ordered(report.findings);
  if (findings.length === 0)
    return {
      id: "findings",
      heading: "Findings",
      blocks: [p("Nothing found: every check that applies passed.")],
    };
  // On a large estate the findings are grouped by check.
  const grouped = groupedTable({
    id: "findings",
    caption: "What the audit found, in file order",
    head: ["Severity", "Check", "What to do", "Where to fix it"],
    rowHeader: false,
    groupedBy: "by check",
    rows: findings.map((f) => ({
      group: check(f.check).title,
      cells: [
        severityWords(f),
        check(f.check).title,
        [f.running ? `${f.running.device}: ` : "", f.message],
        where(f),
      ],
    })),
  });
  return {
    id: "findings",
    heading: "Findings",
    blocks: grouped.blocks,
    sections: grouped.sections,
  };
}

function stateWords(r: CheckResult, report: AuditReport): Inline {
  switch (r.state) {
    case "passed":
      return "passed";
    case "found": {
      const n = report.findings.filter((f) => f.check === r.check).length;
      return strong(`${n} ${n === 1 ? "finding" : "findings"}`);
    }
    case "not-applicable":
      return `does not apply${r.note ? `: ${r.note}` : ""}`;
    case "not-checked":
      return `not checked${r.note ? `: ${r.note}` : ""}`;
    default: {
      const never: never = r.state;
      return never;
    }
  }
}

function checksSection(report: AuditReport): Section {
  return {
    id: "checks",
    heading: "Every check",
    blocks: [
      table({
        caption: "The audit's checks and where each stands",
        head: ["Check", "Severity", "State", "Why it matters"],
        rowHeader: true,
        rowIds: CHECKS.map((c) => `check-${c.id}`),
        rows: CHECKS.map((c) => {
          const r = report.results.find((x) => x.check === c.id)!;
          return [
            [c.title, " (", code(c.id), ")"],
            c.severity,
            stateWords(r, report),
            c.explanation,
          ];
        }),
      }),
    ],
  };
}

function members(sec: SwitchSecurity, pick: (p: PortPolicy) => boolean): string {
  const ports = [...sec.ports.values()].filter(pick);
  const list = formatMembers(
    ports.filter((x) => !x.lag).map((x) => x.port),
    [...new Set(ports.flatMap((x) => (x.lag ? [x.lag] : [])))],
  );
  return list === "" ? "none" : list;
}

function hardeningSection(ctx: DocsContext): Section {
  const security = ctx.model.security;
  const settings = security.settings;
  const logs = security.logHosts.map((h) => (h.name ? `${h.name} (${h.address})` : h.address));
  const perSwitch = groupedTable({
    id: "hardening-switches",
    caption: "DHCP snooping, ARP protection and edge protection per switch",
    head: [
      "Switch",
      "DHCP snooping on VLANs",
      "Trusted ports",
      "ARP protection on VLANs",
      "Edge-protected ports",
    ],
    groupedBy: "by location",
    rows: ctx.model.switches.map((t) => {
      const sec = security.switches.get(t.switch.name)!;
      const place = ctx.model.site.site.locations.find((l) => l.id === t.switch.location);
      return {
        group: place?.name ?? "No location recorded",
        cells: [
          ctx.switchLink(t.switch.name),
          sec.snoopingVlans.length > 0 ? code(vlanList(sec.snoopingVlans)) : "none",
          code(members(sec, (x) => x.dhcpTrust !== "none")),
          sec.arpVlans.length > 0 ? code(vlanList(sec.arpVlans)) : "none",
          code(members(sec, (x) => x.edgeProtection)),
        ],
      };
    }),
  });
  return {
    id: "hardening",
    heading: "How the switches are hardened",
    blocks: [
      p(
        "Every switch configuration Carrel renders carries these settings (the security section of site.yaml, or its defaults where the section says nothing).",
      ),
      list([
        [
          strong("Management: "),
          "over SSH only (telnet off, the web interface ",
          settings.management.web === "ssl" ? "on HTTPS only" : "off",
          "), and only from the management VLAN",
          settings.management.adminSubnets.length > 0
            ? [" and ", code(settings.management.adminSubnets.join(", "))]
            : "",
          `; idle sessions close after ${settings.management.idleTimeout} minutes; a login banner warns that the switch is for staff only.`,
        ],
        [
          strong("Logs: "),
          logs.length > 0
            ? [
                `sent to ${logs.join(", ")}, messages of severity `,
                code(settings.logging.severity),
                " and above.",
              ]
            : "sent nowhere: site.yaml names no log host.",
        ],
        [
          strong("SNMP: "),
          settings.snmp.v3
            ? "SNMPv3 only; its users are typed in at delivery from the password manager."
            : "off: no community is ever written.",
        ],
        [
          strong("Unused ports: "),
          security.parkingVlan !== undefined
            ? `disabled, in VLAN ${security.parkingVlan} (parking), which nothing else uses.`
            : "disabled, in VLAN 1.",
        ],
      ]),
      ...perSwitch.blocks,
      note(
        "Trusted ports are the links toward the core switch and the ports facing the DHCP servers: DHCP answers arriving anywhere else are dropped. Edge-protected ports face devices: a switch or a loop plugged in there shuts that one port for a few minutes.",
      ),
      wordsUsedHere(ctx.model, ["DHCP snooping", "ARP protection", "BPDU protection", "Syslog"]),
    ],
    sections: perSwitch.sections,
  };
}

function sourcesSection(): Section {
  return {
    id: "sources",
    heading: "Where the checks come from",
    blocks: [
      list(
        Object.entries(ANCHORS).map(([key, words]) => [
          strong(words.split(":")[0]!),
          `: ${words.slice(words.indexOf(":") + 1).trim()} (`,
          CHECKS.filter((c) => c.anchors.includes(key as keyof typeof ANCHORS))
            .map((c) => c.id)
            .join(", "),
          ").",
        ]),
      ),
    ],
  };
}

/** Builds security.html from an audit of the site (and, with `--running`, what runs). */
export function securityPage(ctx: DocsContext, report: AuditReport): Page {
  const counts = severityCounts(report.findings);
  const when = report.date ? `On ${longDate(report.date)}` : "Undated";
  return {
    path: "security.html",
    title: "Security",
    nav: "security",
    lead: [
      `${when}, Carrel's audit checked ${report.running ? "site.yaml and the running switch configurations" : "site.yaml"} against ${CHECKS.length} security checks: `,
      `${counts.high} high, ${counts.medium} medium and ${counts.low} low findings. `,
      "Run ",
      code("carrel audit"),
      " to check again, and ",
      code("carrel audit --running DIR"),
      " to check what the switches really run.",
    ],
    sections: [
      findingsSection(report),
      checksSection(report),
      hardeningSection(ctx),
      sourcesSection(),
    ],
  };
}
