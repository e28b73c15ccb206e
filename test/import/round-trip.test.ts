/**
 * Round trip: what `carrel render` writes, imported again, equals the site for everything the
 * configurations carry (VLANs, addresses, DHCP scopes and reservations, switches and their
 * ports, links, time settings, hosts in DNS). Written against whatever render produces, so it
 * follows the renderer as it changes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runImport } from "../../src/import/run.ts";
import { arubaClock } from "../../src/site/switching/clock.ts";
import { normaliseMac, parsePortList } from "../../src/site/index.ts";
import { durationSeconds } from "../../src/site/duration.ts";
import type { ImportNote } from "../../src/import/fragment.ts";
import type { Site } from "../../src/site/schema.ts";
import { loadTestSite, renderTestSite, SITE_NAMES, type SiteName } from "../render/sites.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Draft = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Renders a site, writes what can be read back, imports it; the draft as a value. */
async function roundTrip(name: SiteName): Promise<{
  site: Site;
  draft: Draft;
  rendered: Map<string, string>;
  notes: readonly ImportNote[];
}> {
  const site = loadTestSite(name).model.site;
  const files = renderTestSite(name).filter((f) =>
    /^(switches\/[^./]+\.cfg|dhcp\/.*\.conf|dns\/.*\.zone)$/.test(f.path),
  );
  const dir = mkdtempSync(join(tmpdir(), "carrel-roundtrip-"));
  dirs.push(dir);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  const result = await runImport({
    files: files.map((f) => join(dir, f.path)),
    sources: [],
    out: "site.yaml",
    env: {},
    options: { name: site.site.name, code: site.site.code },
  });
  if (!result.ok)
    throw new Error(
      result.errors.map((e) => `${e.origin.source}:${e.origin.line} ${e.message}`).join("\n"),
    );
  return {
    site,
    draft: parse(result.text) as Draft,
    rendered: new Map(files.map((f) => [f.path, f.content])),
    notes: result.draft.notes,
  };
}

/** A lease time in seconds, however written (`8h`, `1d`, `7200`). */
function lease(value: string | number | undefined): number | undefined {
  return value === undefined ? undefined : durationSeconds(value);
}

describe.each(SITE_NAMES)("render, then import: %s", (name) => {
  it("gives back the site's VLANs, gateways and isolation", async () => {
    const { site, draft } = await roundTrip(name);
    const carried = site.network.vlans.filter(
      (v) => site.network.switches.some((s) => s.role === "core") || v.dhcp,
    );
    for (const v of carried) {
      const got = draft.network.vlans.find((x: Draft) => x.id === v.id);
      expect(got, `VLAN ${v.id}`).toMatchObject({
        name: v.name,
        subnet: v.subnet,
        gateway: v.gateway,
      });
      expect(got.isolated ?? false, `VLAN ${v.id} isolated`).toBe(v.isolated);
    }
  });

  it("lists every connection an isolated VLAN allows, for the allow: entries to write by hand", async () => {
    const { site, notes } = await roundTrip(name);
    const flows = notes.filter((n) => /lets VLAN \d+ through/.test(n.message));
    for (const v of site.network.vlans.filter((x) => x.isolated && (x.allow ?? []).length > 0))
      expect(
        flows.filter((n) => n.message.includes(`lets VLAN ${v.id} through`)).length,
        `VLAN ${v.id}`,
      ).toBeGreaterThanOrEqual(v.allow!.length);
    if (!site.network.vlans.some((x) => (x.allow ?? []).length > 0)) expect(flows).toEqual([]);
  });

  it("gives back the DHCP scopes and reservations of every server whose file can be read", async () => {
    const { site, draft } = await roundTrip(name);
    const readable = site.network.dhcpServers.filter((s) => s.software !== "windows");
    for (const server of readable) {
      const got = draft.network.dhcpServers.find((x: Draft) => x.name === server.name);
      expect(got, server.name).toMatchObject({
        software: server.software,
        address: server.address,
      });
      expect([...got.serves].sort()).toEqual([...server.serves].sort());
    }
    for (const v of site.network.vlans.filter(
      (x) => x.dhcp && readable.some((s) => s.serves.includes(x.name)),
    )) {
      const got = draft.network.vlans.find((x: Draft) => x.id === v.id);
      expect(got.dhcp.range).toBe(v.dhcp!.range.replace(/\s/g, ""));
      expect(lease(got.dhcp.leaseTime)).toBe(lease(v.dhcp!.leaseTime));
      expect(got.dhcp.dns ?? draft.network.dns).toEqual(v.dhcp!.dns ?? site.network.dns);
      expect(got.dhcp.ntp ?? draft.network.ntp).toEqual(v.dhcp!.ntp ?? site.network.ntp);
      expect(got.dhcp.options ?? {}).toEqual(
        Object.fromEntries(
          Object.entries(v.dhcp!.options).map(([k, x]) => [
            k,
            Array.isArray(x) && x.length === 1 ? x[0] : x,
          ]),
        ),
      );
      const reservations = (list: { host: string; mac: string; ip: string }[]) =>
        list.map((r) => `${r.host} ${normaliseMac(r.mac)} ${r.ip}`).sort();
      expect(reservations(got.reservations ?? [])).toEqual(reservations(v.reservations));
    }
  });

  it("gives back the switches: role, management address, ports, trunks and links", async () => {
    const { site, draft, rendered } = await roundTrip(name);
    for (const sw of site.network.switches) {
      const got = draft.network.switches.find((x: Draft) => x.name === sw.name);
      expect(got, sw.name).toMatchObject({
        role: sw.role,
        management: { vlan: sw.management.vlan },
      });
      // A core answers on its management VLAN's gateway (R32), whatever site.yaml wrote.
      const gateway = site.network.vlans.find((v) => v.name === sw.management.vlan)!.gateway;
      expect(got.management.ip).toBe(sw.role === "core" ? gateway : sw.management.ip);
      const header = /Configuration Editor/.test(rendered.get(`switches/${sw.name}.cfg`)!);
      if (header) expect(got.model).toBe(sw.model);
      const ports = (entries: Draft[], withPoe: boolean) =>
        entries
          .flatMap((e) =>
            (parsePortList(e.ports) ?? []).map((p) =>
              JSON.stringify([
                p,
                e.untagged ?? null,
                [...(e.tagged ?? [])].sort(),
                e.lag ?? null,
                withPoe ? (e.poe ?? false) : null,
                e.description ?? null,
                e.connects ?? null,
              ]),
            ),
          )
          .sort();
      expect(ports(got.ports, header)).toEqual(ports(sw.ports as Draft[], header));
    }
  });

  it("gives back the time zone's clock, the time servers, the DNS domain and the hosts in DNS", async () => {
    const { site, draft } = await roundTrip(name);
    expect(arubaClock(draft.site.timezone)).toEqual(arubaClock(site.site.timezone));
    expect(draft.network.ntp).toEqual(site.network.ntp.slice(0, 3));
    expect(draft.site.domain).toBe(site.site.domain);
    expect(draft.network.upstream?.gateway).toBe(site.network.upstream?.gateway);
    const hosts = (vlans: Draft[]) =>
      vlans.flatMap((v) => (v.hosts ?? []).map((h: Draft) => `${h.host} ${h.ip}`));
    expect(hosts(draft.network.vlans)).toEqual(
      expect.arrayContaining(hosts(site.network.vlans as Draft[])),
    );
  });

  it("recognises every command Carrel writes: none is reported as not modelled", async () => {
    const { notes } = await roundTrip(name);
    const commands = notes
      .filter(
        (n) =>
          n.topic === "unmodelled" && /^'[\s\S]*' (\(in '.*'\) )?is not modelled$/.test(n.message),
      )
      .map((n) => `${n.origin.source}:${n.origin.line}  ${n.message}`);
    expect(commands).toEqual([]);
    // the hardening and settings lines are named once per switch, not as lines left out
    const switches = loadTestSite(name).model.switches.length;
    expect(
      notes.filter((n) => /lines? (is|are) hardening or switch settings/.test(n.message)),
    ).toHaveLength(switches);
  });
});
