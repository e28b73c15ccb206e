/**
 * The comments a draft carries: where each item came from and which values were guessed.
 * They are attached to the objects of the draft as it is built (not to paths, which change as
 * lists fill up), and the writer turns them into YAML comments.
 */
import type { Origin } from "../fragment.ts";

/** Comments on one object: lines above it (as a list entry) and after some of its keys. */
export interface ObjectComments {
  readonly before: string[];
  readonly keys: Map<string, string[]>;
}

/** The comments of a whole draft. */
export class DraftComments {
  readonly #map = new WeakMap<object, ObjectComments>();

  #of(target: object): ObjectComments {
    let c = this.#map.get(target);
    if (!c) {
      c = { before: [], keys: new Map() };
      this.#map.set(target, c);
    }
    return c;
  }

  /** A comment line above an object (a list entry or a section). */
  before(target: object, text: string): void {
    const c = this.#of(target);
    if (!c.before.includes(text)) c.before.push(text);
  }

  /** A comment after a key's value. */
  key(target: object, key: string, text: string): void {
    const c = this.#of(target);
    const list = c.keys.get(key) ?? [];
    if (!list.includes(text)) list.push(text);
    c.keys.set(key, list);
  }

  /** The comments of an object, if it has any. */
  get(target: object): ObjectComments | undefined {
    return this.#map.get(target);
  }
}

/** How a draft comment names a source: `core-sw1.cfg line 212`. */
export function describeOrigin(origin: Origin, names: ReadonlyMap<string, string>): string {
  const file = names.get(origin.source) ?? origin.source;
  return origin.line === undefined ? file : `${file} line ${origin.line}`;
}

/**
 * Short names for sources: a file's base name, or its path as given when two files share a
 * base name. URLs stay as they are.
 */
export function sourceNames(sources: readonly string[]): Map<string, string> {
  const base = (s: string) => (/^[a-z]+:\/\//i.test(s) ? s : (s.split(/[\\/]/).pop() ?? s));
  const counts = new Map<string, number>();
  for (const s of new Set(sources)) counts.set(base(s), (counts.get(base(s)) ?? 0) + 1);
  return new Map([...new Set(sources)].map((s) => [s, counts.get(base(s))! > 1 ? s : base(s)]));
}
