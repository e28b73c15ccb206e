// Preloaded into a `carrel render` child process (node --import) to hold the output folder
// for as long as a test needs: CARREL_HOLD_UNTIL=PATH makes the first file written into
// staging wait until PATH exists, so a second render can be started, and seen waiting,
// however slow the machine is.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const until = process.env.CARREL_HOLD_UNTIL;
const writeFileSync = fs.writeFileSync;
let held = false;
fs.writeFileSync = function (path, ...rest) {
  const result = writeFileSync.call(this, path, ...rest);
  if (until && !held && String(path).includes(".carrel-new")) {
    held = true;
    const nap = new Int32Array(new SharedArrayBuffer(4));
    // Bounded, so a test that forgets to release never leaves a process behind for good.
    for (let i = 0; i < 6000 && !fs.existsSync(until); i++) Atomics.wait(nap, 0, 0, 50);
  }
  return result;
};
syncBuiltinESMExports();
