// Preloaded into a `carrel render` child process (node --import) to make its write take a
// while, so that a second render can be started while the first holds the output folder:
// CARREL_SLOW_WRITE=MS sleeps MS milliseconds after each file written into staging.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const ms = Number(process.env.CARREL_SLOW_WRITE ?? 0);
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = function (path, ...rest) {
  const result = writeFileSync.call(this, path, ...rest);
  if (ms > 0 && String(path).includes(".carrel-new"))
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  return result;
};
syncBuiltinESMExports();
