/**
 * A new repository is assembled in a staging folder and only then put where it was asked
 * for, so an init that fails halfway (a bad answer found by the validator, a full disk)
 * leaves nothing behind: no half-made folder, and no parent folders it had to create.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A folder being assembled: `commit` puts it in place, `discard` removes every trace. */
export interface Staging {
  readonly path: string;
  commit(): void;
  discard(): void;
}

/**
 * Stages the folder `target`. An existing (empty) target is kept, and filled at the end
 * by moving each entry into it: it may be the folder the user's shell is in, which must
 * not be replaced. A new target is staged beside it and renamed into place.
 */
export function stageFolder(target: string): Staging {
  if (existsSync(target)) {
    const path = join(target, `.carrel-init-${process.pid}`);
    mkdirSync(path);
    return {
      path,
      commit() {
        const moved: string[] = [];
        try {
          for (const entry of readdirSync(path)) {
            renameSync(join(path, entry), join(target, entry));
            moved.push(entry);
          }
        } catch (err) {
          for (const entry of moved) renameSync(join(target, entry), join(path, entry));
          throw err;
        }
        rmdirSync(path);
      },
      discard() {
        rmSync(path, { recursive: true, force: true });
      },
    };
  }
  // The first parent folder this had to make, if any: removed again on failure.
  const madeParent = mkdirSync(dirname(target), { recursive: true });
  const path = join(dirname(target), `.${basename(target)}.carrel-init-${process.pid}`);
  mkdirSync(path);
  return {
    path,
    commit() {
      renameSync(path, target);
    },
    discard() {
      rmSync(path, { recursive: true, force: true });
      if (madeParent) rmSync(madeParent, { recursive: true, force: true });
    },
  };
}
