/**
 * `npm run bench`: what Carrel's commands cost on a generated city-sized library system
 * (`city-site.ts`) and on one twice its size, each command in a process of its own, as a
 * user runs it: CPU time (user + system), wall time and peak memory, the median of a few
 * runs; then start-up on the example site and the incremental figures (files rewritten by
 * a second render, and after a change to one VLAN). Figures to compare across changes,
 * not pass/fail. `--runs N` sets how many runs each figure is the median of (default 3).
 * It measures what a library runs: the bundled build in dist/, which it builds first.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CITY, citySiteText } from "./city-site.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MEASURE = join(ROOT, "bench", "measure.mjs");
const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const RUNS = Math.max(1, Number(values.runs) || 3);
const env = { ...process.env, CARREL_TODAY: "2026-11-23" };
const built = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], {
  stdio: "inherit",
});
if (built.status !== 0) throw new Error("npm run build failed");

const root = mkdtempSync(join(tmpdir(), "carrel-bench-"));
const TRASH = join(root, "trash");

/** One run's figures. */
interface Run {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly rssMb: number;
}

/** Runs `bench/measure.mjs` once in `cwd`; throws when the job fails. */
function measure(cwd: string, job: readonly string[]): Run {
  const report = join(cwd, ".bench-report.json");
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [MEASURE, report, ...job], {
    cwd,
    env,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const figures = JSON.parse(readFileSync(report, "utf8")) as {
    code: number;
    cpuMs: number;
    maxRssKb: number;
  };
  rmSync(report);
  if (child.status !== 0 || figures.code !== 0) {
    throw new Error(`${job.join(" ")} failed in ${cwd}: ${child.stderr}`);
  }
  return { cpuMs: figures.cpuMs, wallMs, rssMb: figures.maxRssKb / 1024 };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median of `runs` runs of a job; `before` runs first each time (not measured). */
function repeat(runs: number, cwd: string, job: readonly string[], before?: () => void): Run {
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    all.push(measure(cwd, job));
  }
  return {
    cpuMs: median(all.map((r) => r.cpuMs)),
    wallMs: median(all.map((r) => r.wallMs)),
    rssMb: median(all.map((r) => r.rssMb)),
  };
}

/** Writes the city at `scale` into a folder of its own, with the runbooks it lists. */
function citySite(root: string, scale: number): { dir: string; lines: number } {
  const dir = join(root, `city-${scale}x`);
  mkdirSync(dir);
  cpSync(join(ROOT, "runbooks"), join(dir, "runbooks"), { recursive: true });
  const text = citySiteText(scale);
  writeFileSync(join(dir, "site.yaml"), text);
  return { dir, lines: text.split("\n").length - 1 };
}

/**
 * Takes a run's output folder out of the next run's way: moved into the bench's trash, which
 * is deleted when the bench ends. Deleting it here instead made the next run's files slow
 * to create: ext4 skips inodes freed in the last half minute when it allocates new ones
 * (`recently_deleted` in `perf record` of the docs job; 1 ms of system time per file, 1.2 s
 * of a 4.4 s docs run), a cost of the bench's own deleting that a first run never pays.
 */
function setAside(dir: string, name: string): void {
  if (!existsSync(join(dir, name))) return;
  mkdirSync(TRASH, { recursive: true });
  renameSync(join(dir, name), join(TRASH, `${name}-${++setAsideCount}`));
}
let setAsideCount = 0;

const JOBS: Record<string, { job: readonly string[]; before?: (dir: string) => void }> = {
  validate: { job: ["carrel", "validate", "site.yaml"] },
  render: {
    job: ["carrel", "render", "site.yaml", "--out", "out"],
    before: (dir) => setAside(dir, "out"),
  },
  docs: {
    job: ["carrel", "docs", "site.yaml", "--out", "docs", "--date", "2026-11-23"],
    before: (dir) => setAside(dir, "docs"),
  },
  pulumi: { job: ["pulumi", "site.yaml"] },
};

/** Inode and modification time of every file under `dir`, by relative path. */
function fileIds(dir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    const s = statSync(path, { bigint: true });
    ids.set(path.slice(dir.length + 1), `${s.ino}:${s.mtimeNs}`);
  }
  return ids;
}

/** Paths whose inode or modification time differ, or that are new. */
function rewritten(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([path, id]) => before.get(path) !== id).map(([path]) => path);
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (n: number) => `${n.toFixed(0)} MB`;
const pad = (text: string, n: number) => text.padEnd(n);

try {
  const sizes = [1, 2].map((scale) => ({ scale, ...citySite(root, scale) }));
  console.log(
    `City site (bench/city-site.ts, fixed seed): ${CITY.switches} switches, ${CITY.vlans} VLANs, ` +
      `${CITY.reservations.toLocaleString("en")} DHCP reservations, ${CITY.vms} VMs, ` +
      `${CITY.desktops.toLocaleString("en")} desktops; ${sizes[0]!.lines.toLocaleString("en")} lines ` +
      `(twice the size: ${sizes[1]!.lines.toLocaleString("en")} lines). Median of ${RUNS} runs each.`,
  );
  console.log("");
  console.log(
    `${pad("command", 10)}${pad("CPU", 9)}${pad("wall", 9)}${pad("peak RSS", 10)}` +
      `${pad("2x CPU", 9)}${pad("2x wall", 9)}${pad("2x RSS", 9)}2x/1x CPU`,
  );
  for (const [name, { job, before }] of Object.entries(JOBS)) {
    const [one, twice] = sizes.map(({ dir }) =>
      repeat(RUNS, dir, job, before ? () => before(dir) : undefined),
    ) as [Run, Run];
    console.log(
      `${pad(name, 10)}${pad(s(one.cpuMs), 9)}${pad(s(one.wallMs), 9)}${pad(mb(one.rssMb), 10)}` +
        `${pad(s(twice.cpuMs), 9)}${pad(s(twice.wallMs), 9)}${pad(mb(twice.rssMb), 9)}` +
        `${(twice.cpuMs / one.cpuMs).toFixed(2)}x`,
    );
  }

  // Start-up: the example site is small, so its validation is mostly loading the program.
  const example = join(root, "example");
  mkdirSync(example);
  cpSync(join(ROOT, "site.yaml"), join(example, "site.yaml"));
  cpSync(join(ROOT, "runbooks"), join(example, "runbooks"), { recursive: true });
  const startup = repeat(Math.max(7, RUNS), example, ["carrel", "validate", "site.yaml"]);
  console.log("");
  console.log(
    `start-up: carrel validate on the example site: ${s(startup.cpuMs)} CPU, ` +
      `${s(startup.wallMs)} wall, ${mb(startup.rssMb)} (median of ${Math.max(7, RUNS)})`,
  );

  // Incremental: render the city again with nothing changed, then after one VLAN's change.
  const city = sizes[0]!.dir;
  const out = join(city, "out");
  const again = () => measure(city, JOBS.render!.job);
  setAside(city, "out");
  again();
  const first = fileIds(out);
  const unchanged = again();
  const second = fileIds(out);
  const site = join(city, "site.yaml");
  const text = readFileSync(site, "utf8");
  // One VLAN's lease time: b05-voip is served by a Kea server.
  const edited = text.replace(
    /(name: b05-voip\n(?:.*\n)*?\s+leaseTime: )24h/,
    (_, head: string) => `${head}12h`,
  );
  if (edited === text) throw new Error("the bench could not find b05-voip's lease time to change");
  writeFileSync(site, edited);
  const changed = again();
  const third = fileIds(out);
  writeFileSync(site, text);
  const none = rewritten(first, second);
  const some = rewritten(second, third);
  console.log(
    `incremental: render again, nothing changed: ${none.length} of ${first.size} files rewritten ` +
      `(${s(unchanged.cpuMs)} CPU); after b05-voip's lease time changed: ${some.length} rewritten ` +
      `(${some.slice(0, 6).join(", ")}${some.length > 6 ? ", ..." : ""}; ${s(changed.cpuMs)} CPU)`,
  );

  // Docs again over their own folder: the topology's layout is taken from it.
  const docsJob = JOBS.docs!.job;
  setAside(city, "docs");
  measure(city, docsJob);
  const warm = repeat(RUNS, city, docsJob);
  console.log(
    `docs again over its own folder (layout kept): ${s(warm.cpuMs)} CPU, ${s(warm.wallMs)} wall, ` +
      `${mb(warm.rssMb)}`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
