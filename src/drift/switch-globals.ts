/** The switch-wide settings: trunk modes, routing, gateway, routes, the clock, SNTP, spanning tree. */
import type { RunningConfig } from "../device/aruba/index.ts";
import { listDifferences } from "./lists.ts";
import type { SwitchComparison } from "./switch-context.ts";

/** Compares the switch-wide settings. */
export function compareGlobals(c: SwitchComparison): void {
  const { name, file, places, r, u, diffs, text, add } = c;
  // Trunk modes (membership is compared port by port).
  for (const [t, rt] of r.config.trunks) {
    const ut = u.config.trunks.get(t);
    if (ut && ut.mode !== rt.mode)
      add(
        `trunk ${t} is ${ut.mode} on the switch, ${rt.mode} in what site.yaml renders`,
        places.switchAt(name, "ports"),
        ut.line,
      );
  }

  // Routing, gateway, routes, time, spanning tree.
  if ((r.config.ipRouting !== undefined) !== (u.config.ipRouting !== undefined))
    add(
      u.config.ipRouting
        ? "the switch routes (ip routing), but site.yaml makes it an access switch"
        : "the switch does not route (no ip routing), but site.yaml makes it a core switch",
      places.switchAt(name, "role"),
      u.config.ipRouting,
    );
  if (r.config.defaultGateway?.value !== u.config.defaultGateway?.value)
    add(
      `default gateway ${u.config.defaultGateway?.value ?? "none"} on the switch, ${r.config.defaultGateway?.value ?? "none"} in site.yaml`,
      places.switchAt(name, "management", "vlan"),
      u.config.defaultGateway?.line,
    );
  diffs.push(
    ...listDifferences({
      rendered: r.config.routes.map((x) => ({
        key: `${x.destination} via ${x.nextHop}`,
        line: x.line,
      })),
      running: u.config.routes.map((x) => ({
        key: `${x.destination} via ${x.nextHop}`,
        line: x.line,
      })),
      missing: (k) => `route ${k} is missing on the switch`,
      extra: (k) => `route ${k} is on the switch, not in site.yaml`,
      site: places.at(["network", "upstream", "gateway"]),
      file,
      text,
    }),
  );
  const clock = (c: RunningConfig) =>
    `${c.timezone?.value ?? "none"} ${c.daylightRule?.value ?? "none"}`;
  if (clock(r.config) !== clock(u.config))
    add(
      `the clock is set to ${clock(u.config)} on the switch, ${clock(r.config)} from site.yaml (time timezone and daylight rule)`,
      places.at(["site", "timezone"]),
      u.config.timezone?.line ?? u.config.daylightRule?.line,
    );
  const sntp = (c: RunningConfig) => c.timeServers.map((s) => s.ip).join(", ") || "none";
  if (sntp(r.config) !== sntp(u.config))
    add(
      `time servers are ${sntp(u.config)} on the switch, ${sntp(r.config)} in site.yaml`,
      places.at(["network", "ntp"]),
      u.config.timeServers[0]?.line,
    );
  if (
    (r.config.spanningTree !== undefined) !== (u.config.spanningTree !== undefined) ||
    r.config.stpPriority?.value !== u.config.stpPriority?.value
  )
    add(
      `spanning tree is ${u.config.spanningTree ? `on, priority ${u.config.stpPriority?.value ?? "default"}` : "off"} on the switch, ${r.config.spanningTree ? `on, priority ${r.config.stpPriority?.value ?? "default"}` : "off"} in site.yaml (from the switch's role)`,
      places.switchAt(name, "role"),
      u.config.stpPriority?.line ?? u.config.spanningTree,
    );
}
