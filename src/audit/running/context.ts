/**
 * One running configuration as the running checks see it: its hardening lines, its ports
 * with what each faces (guessed from VLAN memberships the same way as for site.yaml, or as
 * site.yaml writes it for a switch it describes), and each VLAN's purpose (from site.yaml by
 * id, else guessed from the VLAN's name as `carrel import` guesses it).
 */
import {
  portNumbering,
  portView,
  runningSecurity,
  type PortFacts,
  type RunningConfig,
  type RunningSecurity,
} from "../../device/aruba/index.ts";
import { guessPurpose } from "../../import/merge/purpose.ts";
import {
  guessFacing,
  isPublicFacing,
  type FacingClues,
  type Purpose,
} from "../../site/model/port-facing.ts";
import type { SiteModel } from "../../site/model/site-model.ts";
import type { PortFacing } from "../../site/schema.ts";
import { check } from "../catalogue.ts";
import type { Finding } from "../report.ts";

/** A port of the running config with what it faces. */
export interface RunningPort {
  readonly facts: PortFacts;
  readonly facing: PortFacing;
  readonly publicFacing: boolean;
  /** The member its settings live on: the trunk (`trk1`) for a trunk member, else the port. */
  readonly member: string;
}

/** A running switch configuration being audited. */
export interface RunningAudit {
  readonly file: string;
  readonly config: RunningConfig;
  readonly security: RunningSecurity;
  /** The switch's name: its hostname, else the file's name. */
  readonly device: string;
  /** The site, when one was given, and the switch it describes, when it matches. */
  readonly model: SiteModel | undefined;
  readonly siteSwitch: string | undefined;
  readonly ports: readonly RunningPort[];
  purpose(vlan: number): Purpose;
  /** Whether site.yaml marks the VLAN isolated. */
  isolated(vlan: number): boolean;
  /** VLAN ids used for switch management: in this config, and the model's for every switch. */
  readonly managementVlans: ReadonlySet<number>;
}

/** A finding of `id` at a line of the running config (none for a missing setting). */
export function runningFinding(
  audit: RunningAudit,
  id: string,
  message: string,
  line: number | undefined,
): Finding {
  return {
    check: id,
    severity: check(id).severity,
    message,
    running: { file: audit.file, line, device: audit.device },
  };
}

const stem = (file: string) => (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, "");

/** Prepares a parsed running config for the checks. */
export function runningAudit(
  file: string,
  text: string,
  config: RunningConfig,
  model: SiteModel | undefined,
): RunningAudit {
  const device = config.hostname?.value ?? stem(file);
  const siteSwitch = model?.site.network.switches.find(
    (s) => s.name.toLowerCase() === device.toLowerCase(),
  )?.name;
  const purpose = (id: number): Purpose => {
    const declared = model?.site.network.vlans.find((v) => v.id === id);
    if (declared) return declared.purpose;
    if (id === 1) return "other";
    return guessPurpose(config.vlans.get(id)?.name?.value ?? "");
  };
  const managementVlans = new Set<number>([
    ...[...config.vlans.keys()].filter((id) => purpose(id) === "management"),
    ...(config.managementVlan ? [config.managementVlan.value] : []),
    ...[...(model?.managementVlans ?? [])].flatMap(
      (name) => model?.vlanByName.get(name)?.vlan.id ?? [],
    ),
  ]);
  const numbering = portNumbering(config);
  const written = siteSwitch ? model?.security.switches.get(siteSwitch) : undefined;
  const ports = [...portView(config).values()].map((facts): RunningPort => {
    const clues: FacingClues = {
      link: facts.trunk !== undefined,
      aggregated: false,
      untagged: facts.untagged[0] === undefined ? undefined : purpose(facts.untagged[0].vlan),
      tagged: facts.tagged.map((m) => purpose(m.vlan)),
    };
    const number = numbering.number(facts.label);
    const own = number === undefined ? undefined : written?.ports.get(number);
    const facing = own?.facingWritten ? own.facing : guessFacing(clues);
    return {
      facts,
      facing,
      publicFacing: isPublicFacing(facing, clues),
      member: facts.trunk?.name ?? facts.label,
    };
  });
  return {
    file,
    config,
    security: runningSecurity(config, text),
    device,
    model,
    siteSwitch,
    ports,
    purpose,
    isolated: (id) => model?.site.network.vlans.find((v) => v.id === id)?.isolated ?? false,
    managementVlans,
  };
}
