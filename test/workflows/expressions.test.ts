/** The GitHub expression subset the workflow rehearsal evaluates, with GitHub's semantics. */
import { describe, expect, it } from "vitest";
import { ExpressionError, evaluate, type ExpressionContext } from "../../scripts/ci/expressions.ts";
import { condition, evaluateEnv, evaluateValue, interpolate } from "../../scripts/ci/templates.ts";

const ctx = (status: "success" | "failure" = "success"): ExpressionContext => ({
  status,
  contexts: {
    github: {
      event: { pull_request: { number: 7 } },
      base_ref: "main",
      event_name: "pull_request",
    },
    vars: {},
    secrets: {},
    env: { STACK: "dev" },
    matrix: { stack: "example" },
    steps: { stacks: { outputs: { list: '["example","branch"]' } } },
    needs: {
      check: { result: "success", outputs: { stacks: '["example"]' } },
      preview: { result: "failure", outputs: {} },
    },
  },
});

describe("expressions", () => {
  it.each([
    ["vars.CARREL_RUNNER || 'ubuntu-latest'", "ubuntu-latest"],
    ["github.event.pull_request.number", 7],
    ["github.event.missing.deeper", null],
    ["fromJSON(steps.stacks.outputs.list)", ["example", "branch"]],
    ["fromJSON(needs.check.outputs.stacks)[0]", "example"],
    ["'Main' == github.base_ref", true],
    ["1 == '1'", true],
    ["null == 0", true],
    ["'' == 0", true],
    ["'abc' != 'ABC'", false],
    ["!(1 < 2)", false],
    ["3 >= 3 && 'yes'", "yes"],
    ["0 && 'never'", 0],
    ["contains('Hello world', 'WORLD')", true],
    ["contains(fromJSON('[\"a\",\"b\"]'), 'b')", true],
    ["startsWith(github.event_name, 'pull')", true],
    ["format('{0}-{1} {{x}}', 'a', 1)", "a-1 {x}"],
    ["join(fromJSON('[1,2]'), '+')", "1+2"],
    ["needs.*.result", ["success", "failure"]],
    ["toJSON(matrix)", '{\n  "stack": "example"\n}'],
    ["'it''s'", "it's"],
    ["0x10 == 16", true],
  ])("%s → %j", (text, expected) => {
    expect(evaluate(text, ctx())).toEqual(expected);
  });

  it("says what it cannot read", () => {
    expect(() => evaluate("github.event ==", ctx())).toThrow(ExpressionError);
    expect(() => evaluate("nope(1)", ctx())).toThrow("unknown function nope()");
    expect(() => evaluate("fromJSON('{')", ctx())).toThrow(
      "fromJSON got something that is not JSON",
    );
  });
});

describe("expressions in workflow values", () => {
  it("replaces every ${{ }} in a text, writing values as GitHub does", () => {
    expect(interpolate("preview-${{ matrix.stack }}.txt ${{ vars.NONE }}|${{ '}}' }}", ctx())).toBe(
      "preview-example.txt |}}",
    );
  });

  it("keeps the type of a value that is one expression (a matrix list)", () => {
    expect(evaluateValue("${{ fromJSON(needs.check.outputs.stacks) }}", ctx())).toEqual([
      "example",
    ]);
    expect(evaluateValue({ stack: "${{ fromJSON('[1]') }}", n: 2 }, ctx())).toEqual({
      stack: [1],
      n: 2,
    });
  });

  it("evaluates env maps to strings, secrets and unset variables empty", () => {
    expect(
      evaluateEnv({ A: "${{ secrets.TOKEN }}", B: "${{ env.STACK }}-x", C: true, D: 3 }, ctx()),
    ).toEqual({ A: "", B: "dev-x", C: "true", D: "3" });
  });

  it("reads if: conditions with GitHub's implicit success()", () => {
    expect(condition(undefined, ctx())).toBe(true);
    expect(condition(undefined, ctx("failure"))).toBe(false);
    expect(condition("vars.AZURE_CLIENT_ID != ''", ctx())).toBe(false);
    expect(condition("${{ github.event_name == 'pull_request' }}", ctx())).toBe(true);
    expect(condition("github.event_name == 'pull_request'", ctx("failure"))).toBe(false);
    expect(condition("always() && needs.check.result == 'success'", ctx("failure"))).toBe(true);
    expect(condition("failure()", ctx("failure"))).toBe(true);
    expect(condition("failure()", ctx())).toBe(false);
  });
});
