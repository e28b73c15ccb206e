/** Helpers for component tests: plans to build from, and a run under mocks. */
import type { Registration, MockRun } from "../pulumi/mocks.ts";
import type { PoolPlan, VmPlan } from "../../src/pulumi/plan.ts";

/** A Windows server VM plan; override what a test is about. */
export function vmPlan(overrides: Partial<VmPlan> = {}): VmPlan {
  return {
    name: "lib-app01",
    templateKey: "win",
    templateName: "tmpl-win2022",
    os: "windows",
    cpus: 2,
    memoryMb: 4096,
    disksGb: [60],
    vlan: "servers",
    ip: "10.1.10.20",
    prefix: 24,
    gateway: "10.1.10.1",
    dns: ["10.1.10.10"],
    folder: "Servers",
    role: "app",
    backup: "daily",
    antiAffinity: undefined,
    description: undefined,
    ...overrides,
  };
}

/** A pool plan of `count` desktops named `DESK-n`. */
export function poolPlan(count: number, overrides: Partial<PoolPlan> = {}): PoolPlan {
  return {
    name: "desks",
    templateKey: "win",
    templateName: "tmpl-win11",
    os: "windows",
    cpus: 2,
    memoryMb: 4096,
    disksGb: undefined,
    vlan: "public",
    folder: "VDI",
    linkedClone: true,
    desktops: Array.from({ length: count }, (_, i) => ({
      key: `desks-${i + 1}`,
      number: i + 1,
      name: `DESK-${i + 1}`,
    })),
    entitledGroups: [],
    description: undefined,
    ...overrides,
  };
}

/** Registrations of a type, sorted by name. */
export function ofType(run: MockRun, type: string): Registration[] {
  return run.registrations
    .filter((r) => r.type === type)
    .sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
}
