/** `carrel validate [site.yaml]`: checks the schema and every rule. */
import { SITE_OPTION } from "../consortium/root-run.ts";
import type { Command } from "../command.ts";
import { EXIT } from "../io.ts";
import { checkSite } from "../load-site.ts";

export const validateCommand: Command = {
  name: "validate",
  summary: "check site.yaml and report every mistake at its line and column",
  usage: "[site.yaml | consortium.yaml] [--site CODE,...] [--json] [--strict]",
  maxPositionals: 1,
  options: {
    ...SITE_OPTION,
    json: { type: "boolean" },
    strict: { type: "boolean" },
  },
  run({ values, positionals }, io) {
    const loaded = checkSite(positionals[0] ?? "site.yaml", { ...values, report: true }, io);
    return loaded.ok ? EXIT.ok : loaded.code;
  },
};
