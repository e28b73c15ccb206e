/**
 * What a worker thread does: runs each site job the main thread sends, and answers with its
 * result. The consortium-wide checks are the main thread's, so the sites here are validated
 * without them.
 */
import { parentPort } from "node:worker_threads";
import { checkConsortiumByDefault } from "../../consortium/member.ts";
import { runSiteTask, type SiteTask } from "./tasks.ts";

checkConsortiumByDefault(false);
parentPort?.on("message", (task: SiteTask) => {
  void runSiteTask(task).then((result) => parentPort?.postMessage(result));
});
