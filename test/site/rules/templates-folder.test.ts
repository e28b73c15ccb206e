import { describe, expect, it } from "vitest";
import { check, edit, EXAMPLE, found } from "../../helpers/site.ts";

/** The example with a `templates:` key, and where its value starts. */
const withTemplates = (value: string) =>
  edit(EXAMPLE, "\nnetwork:\n", `\ntemplates: ${value}\n\nnetwork:\n`);

describe("the site's template folder", () => {
  it("accepts a folder inside the site's own folder", () => {
    expect(found(check(withTemplates("my-templates").text), "templates")).toEqual([]);
  });

  it.each(["/etc/carrel", "../elsewhere", "my/../../elsewhere", "C:/templates"])(
    "refuses %s, outside it",
    (value) => {
      const e = withTemplates(value);
      expect(found(check(e.text), "templates")).toEqual([
        `${e.line + 1}:12 templates '${value}' is outside the folder of the site file; keep the site's templates in that folder, like templates: my-templates`,
      ]);
    },
  );
});
