/** `carrel validate [site.yaml]`: checks the schema and every rule. */
import type { Command } from "../command.ts";
import { EXIT } from "../io.ts";
import { loadSite } from "../load-site.ts";

export const validateCommand: Command = {
  name: "validate",
  summary: "check site.yaml and report every mistake at its line and column",
  usage: "[site.yaml] [--json] [--strict]",
  maxPositionals: 1,
  options: {
    json: { type: "boolean" },
    strict: { type: "boolean" },
  },
  run({ values, positionals }, io) {
    const loaded = loadSite(positionals[0] ?? "site.yaml", { ...values, report: true }, io);
    return loaded.ok ? EXIT.ok : loaded.code;
  },
};
