/**
 * Runs the sites' jobs in parallel: this thread and worker threads, as many in all as the
 * machine has cores (`CARREL_WORKERS` sets another number; 1 runs everything in this
 * thread), never more than there are sites. Each takes the next job when it finishes one,
 * so a large site does not hold the others up. Results come back in the order of the jobs.
 */
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { checkConsortiumByDefault } from "../../consortium/member.ts";
import { carrelPath } from "../../package-root.ts";
import { runSiteTask, type SiteResult, type SiteTask } from "./tasks.ts";

/** How many threads (this one included) to use for `jobs` jobs. */
export function threadCount(jobs: number): number {
  const asked = Number(process.env.CARREL_WORKERS);
  const cores = Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
  return Math.max(1, Math.min(cores, jobs));
}

// The worker module: its source beside this one in Carrel's repository; when installed,
// the bundle's own entry (this code then sits in a shared chunk, not beside it).
const WORKER = import.meta.url.endsWith(".ts")
  ? new URL("./worker.ts", import.meta.url)
  : pathToFileURL(carrelPath("dist", "cli", "consortium", "worker.js"));

/** A job that failed without an answer (its worker died): reported like an internal error. */
function lost(task: SiteTask, why: string): SiteResult {
  return {
    code: task.code,
    exit: 3,
    out: "",
    err: `carrel ${task.kind}: internal error with ${task.file}: ${why}\nThis is a bug in Carrel, not in your site file. Please report it with the command you ran.\n`,
  };
}

/** Runs every job; `onResult` hears of each as it finishes (progress). */
export async function runTasks(
  tasks: readonly SiteTask[],
  onResult?: (result: SiteResult, done: number) => void,
): Promise<SiteResult[]> {
  const results: SiteResult[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const finish = (index: number, result: SiteResult) => {
    results[index] = result;
    onResult?.(result, ++done);
  };
  // This thread takes jobs too, between the messages of its workers.
  const here = async () => {
    const before = checkConsortiumByDefault(false);
    try {
      while (next < tasks.length) {
        const index = next++;
        finish(index, await runSiteTask(tasks[index]!));
      }
    } finally {
      checkConsortiumByDefault(before);
    }
  };
  const worker = () =>
    new Promise<void>((resolve) => {
      const thread = new Worker(WORKER);
      let current = -1;
      const give = () => {
        if (next >= tasks.length) {
          void thread.terminate().then(() => resolve());
          return;
        }
        current = next++;
        thread.postMessage(tasks[current]);
      };
      thread.on("message", (result: SiteResult) => {
        finish(current, result);
        give();
      });
      thread.on("error", (err) => {
        // A worker that dies takes only its current job with it; this thread goes on.
        if (current >= 0 && results[current] === undefined)
          finish(current, lost(tasks[current]!, err.message));
        void here().then(resolve);
      });
      give();
    });
  const threads = threadCount(tasks.length);
  await Promise.all([...Array.from({ length: threads - 1 }, worker), here()]);
  return results;
}
