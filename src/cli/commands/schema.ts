/** `carrel schema`: prints the JSON Schema of site.yaml for editor completion. */
import { siteJsonSchema } from "../../site/index.ts";
import type { Command } from "../command.ts";
import { EXIT } from "../io.ts";

export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema of site.yaml (for editor completion)",
  usage: "",
  maxPositionals: 0,
  options: {},
  run(_args, io) {
    io.out(`${JSON.stringify(siteJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
};
