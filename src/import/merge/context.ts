/** What every merge step shares: the draft's comments, the report, and source names. */
import type { ImportNote, NoteLevel, NoteTopic, Origin } from "../fragment.ts";
import { describeOrigin, DraftComments } from "./comments.ts";

/** A value with the source it came from and, when it was inferred, why. */
export interface Sourced<T> {
  readonly value: T;
  readonly origin: Origin;
  readonly guessed?: string | undefined;
}

/** Shared state of one merge. */
export class MergeContext {
  readonly comments = new DraftComments();
  readonly notes: ImportNote[] = [];
  readonly #names: ReadonlyMap<string, string>;

  constructor(names: ReadonlyMap<string, string>) {
    this.#names = names;
  }

  /** `core-sw1.cfg line 212`. */
  where(origin: Origin): string {
    return describeOrigin(origin, this.#names);
  }

  /** Adds a report line. */
  note(level: NoteLevel, topic: NoteTopic, origin: Origin, message: string): void {
    this.notes.push({ level, topic, origin, message });
  }

  /** Comments a key of an object with where its value came from (and the guess, if any). */
  sourced(target: object, key: string, s: Sourced<unknown>): void {
    this.comments.key(
      target,
      key,
      s.guessed ? `guessed: ${s.guessed}` : `from ${this.where(s.origin)}`,
    );
  }
}
