/**
 * The order of a rendered configuration, read back with the running-config parser as a sequence
 * of commands, each in its block: management address and route, trunks, spanning tree, VLANs, ports, and
 * only then what could cut an administrator off (VLAN 1's address and ports, disabled ports).
 */
import { describe, expect, it } from "vitest";
import { parseRunningConfig, type SourceLine } from "../../../src/device/aruba/index.ts";
import { EXAMPLE } from "../../helpers/site.ts";
import { disabledPorts } from "./read-back.ts";
import { file, FLOWS } from "./rendered.ts";

type Step = "management" | "trunks" | "spanning-tree" | "vlans" | "ports" | "disables";
const STEPS: readonly Step[] = [
  "management",
  "trunks",
  "spanning-tree",
  "vlans",
  "ports",
  "disables",
];

/** Which step a line belongs to, or undefined for switch-wide settings that may come anywhere. */
function stepOf(
  e: SourceLine,
  managementVlan: number,
  managementSeen: boolean,
  disabled: ReadonlySet<string>,
  parking: ReadonlySet<string>,
): Step | undefined {
  const top = e.context === undefined;
  if (top && /^(ip routing|ip route |ip default-gateway )/.test(e.text)) return "management";
  if (e.context === `vlan ${managementVlan}` && !managementSeen) return "management";
  if (top && e.text.startsWith("trunk ")) return "trunks";
  if (top && e.text.startsWith("spanning-tree")) return "spanning-tree";
  if (top) return undefined;
  // VLAN 1 and the parking VLAN take the unused ports in the last step.
  if (e.context === "vlan 1" || parking.has(e.context)) return "disables";
  if (e.context.startsWith("vlan ") || e.context.startsWith("ip access-list ")) return "vlans";
  // A disabled port's whole block (PoE off included) belongs to the last step.
  if (e.context.startsWith("interface "))
    return disabled.has(e.context.slice("interface ".length)) ? "disables" : "ports";
  return undefined;
}

/** The steps of a file in the order its lines appear (consecutive repeats folded). */
function stepSequence(text: string, managementVlan: number): Step[] {
  const config = parseRunningConfig(text);
  const parking = new Set(
    [...config.vlans.values()]
      .filter((v) => v.name?.value === "parking")
      .map((v) => `vlan ${v.id}`),
  );
  const disabled = new Set(disabledPorts(config));
  const steps: Step[] = [];
  let managementDone = false;
  for (const e of config.commands) {
    const step = stepOf(e, managementVlan, managementDone, disabled, parking);
    if (step === undefined) continue;
    if (step !== "management" && steps.includes("management")) managementDone = true;
    if (steps[steps.length - 1] !== step) steps.push(step);
  }
  return steps;
}

describe("the order of a configuration", () => {
  it("is the same six steps on a core switch", () => {
    expect(stepSequence(file(EXAMPLE, "core-sw1.cfg"), 40)).toEqual(STEPS);
  });

  it("is the same six steps on an access switch", () => {
    expect(stepSequence(file(EXAMPLE, "access-sw1.cfg"), 40)).toEqual(STEPS);
    expect(stepSequence(file(FLOWS, "lsl-hall.cfg"), 60)).toEqual(STEPS);
  });

  it("sets the management address before anything that could cut the session", () => {
    const events = parseRunningConfig(file(EXAMPLE, "access-sw1.cfg")).commands;
    const address = events.findIndex(
      (e) => e.context === "vlan 40" && e.text === "ip address 10.20.40.3 255.255.255.0",
    );
    const vlan1Address = events.findIndex(
      (e) => e.context === "vlan 1" && e.text === "no ip address",
    );
    const firstDisable = events.findIndex((e) => e.text === "disable");
    expect(address).toBeGreaterThanOrEqual(0);
    expect(address).toBeLessThan(vlan1Address);
    expect(vlan1Address).toBeLessThan(firstDisable);
  });

  it("starts spanning tree only after its region and priority are set", () => {
    const events = parseRunningConfig(file(EXAMPLE, "core-sw1.cfg")).commands;
    const stp = events
      .filter((e) => e.context === undefined && e.text.startsWith("spanning-tree"))
      .map((e) => e.text);
    expect(stp).toEqual([
      'spanning-tree config-name "rbpl"',
      "spanning-tree config-revision 1",
      "spanning-tree priority 0",
      "spanning-tree bpdu-protection-timeout 300",
      "spanning-tree",
    ]);
  });

  it("defines an isolation list before the VLAN that uses it, and filters in that VLAN's block", () => {
    const events = parseRunningConfig(file(EXAMPLE, "core-sw1.cfg")).commands;
    const list = events.findIndex((e) => e.context === 'ip access-list extended "isolate-public"');
    const block = events.filter((e) => e.context === "vlan 30").map((e) => e.text);
    expect(list).toBeGreaterThanOrEqual(0);
    expect(list).toBeLessThan(events.findIndex((e) => e.context === "vlan 30"));
    expect(block).toEqual([
      'name "public"',
      "tagged Trk1",
      "ip address 10.20.30.1 255.255.255.0",
      "ip helper-address 10.20.10.12",
      'ip access-group "isolate-public" in',
    ]);
  });
});
