/**
 * Checks on generated PowerShell where no PowerShell is installed: a rough tokenizer
 * that finds unbalanced brackets, and the order in which cmdlets are called.
 */

/** The script with comments and string contents removed (quotes kept, contents blanked). */
export function stripStringsAndComments(script: string): string {
  let out = "";
  let i = 0;
  while (i < script.length) {
    const c = script[i]!;
    if (script.startsWith("<#", i)) {
      const end = script.indexOf("#>", i + 2);
      i = end < 0 ? script.length : end + 2;
    } else if (c === "#") {
      const end = script.indexOf("\n", i);
      i = end < 0 ? script.length : end;
    } else if (c === "'") {
      // Single-quoted: '' is an escaped quote, nothing else is special.
      let j = i + 1;
      while (j < script.length && !(script[j] === "'" && script[j + 1] !== "'")) {
        j += script[j] === "'" ? 2 : 1;
      }
      out += "''";
      i = j + 1;
    } else if (c === '"') {
      // Double-quoted: the backtick escapes; $(...) subexpressions are kept out for simplicity.
      let j = i + 1;
      while (j < script.length && script[j] !== '"') j += script[j] === "`" ? 2 : 1;
      out += '""';
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The first bracket problem in a script, or undefined when (), {} and [] all balance. */
export function bracketProblem(script: string): string | undefined {
  const code = stripStringsAndComments(script);
  const pairs: Record<string, string> = { ")": "(", "}": "{", "]": "[" };
  const stack: { c: string; line: number }[] = [];
  let line = 1;
  for (const c of code) {
    if (c === "\n") line++;
    else if (c === "(" || c === "{" || c === "[") stack.push({ c, line });
    else if (c in pairs) {
      const open = stack.pop();
      if (open?.c !== pairs[c]) return `unexpected '${c}' on line ${line}`;
    }
  }
  const open = stack.pop();
  return open ? `'${open.c}' opened on line ${open.line} is never closed` : undefined;
}

/** The cmdlets a script calls (Verb-Noun words outside strings and comments), in order. */
export function cmdletCalls(script: string): { cmdlet: string; line: number }[] {
  const calls: { cmdlet: string; line: number }[] = [];
  stripStringsAndComments(script)
    .split("\n")
    .forEach((text, i) => {
      for (const m of text.matchAll(/\b(Get|Add|Set|Remove)-[A-Za-z0-9]+\b/g))
        calls.push({ cmdlet: m[0], line: i + 1 });
    });
  return calls;
}
