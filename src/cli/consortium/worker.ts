/**
 * A worker thread of a consortium command: takes one site's job at a time from the main
 * thread and answers with its result. Node's compile cache first, as the `carrel` command
 * has it, so the worker loads Carrel's modules as fast as the main thread did.
 */
import * as nodeModule from "node:module";

nodeModule.enableCompileCache?.();
const body = import.meta.url.endsWith(".ts") ? "./worker-body.ts" : "./worker-body.js";
await import(body);
