// Preloaded into a `carrel render` child process (node --import) to kill it midway, as a
// power cut would: CARREL_KILL_AT=write:N kills it with SIGKILL after it has written N
// files into the staging folder; CARREL_KILL_AT=swap kills it after the old output was
// moved aside and before the new output took its place.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const [when, count] = (process.env.CARREL_KILL_AT ?? "").split(":");
const die = () => process.kill(process.pid, "SIGKILL");

if (when === "write") {
  const writeFileSync = fs.writeFileSync;
  let written = 0;
  fs.writeFileSync = function (path, ...rest) {
    const result = writeFileSync.call(this, path, ...rest);
    if (String(path).includes(".carrel-new") && ++written >= Number(count)) die();
    return result;
  };
}
if (when === "swap") {
  const renameSync = fs.renameSync;
  fs.renameSync = function (from, to, ...rest) {
    const result = renameSync.call(this, from, to, ...rest);
    if (String(to).includes(".carrel-old")) die();
    return result;
  };
}
syncBuiltinESMExports();
