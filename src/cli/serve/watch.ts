/**
 * Watches what the documentation is built from (the site file, its runbooks, the template
 * folders) and calls back once per burst of changes. Folders are watched rather than files:
 * editors often save by writing a new file and renaming it over the old one, which a watch
 * on the old file would miss.
 */
import { existsSync, statSync, watch, type FSWatcher } from "node:fs";
import { basename, dirname, resolve } from "node:path";

/** How long a burst of file events may last before the rebuild starts. */
const SETTLE_MS = 40;

/** What to watch: files (by their folder) and whole folders (with what is under them). */
export interface WatchList {
  readonly files: readonly string[];
  readonly folders: readonly string[];
}

/** Watches a list that can change (a runbook added to the site); `close` ends it all. */
export interface InputWatcher {
  /** Watches exactly this list from now on. */
  update(list: WatchList): void;
  close(): void;
}

/** Starts watching; `onChange` gets the paths that changed in one burst. */
export function watchInputs(list: WatchList, onChange: (paths: string[]) => void): InputWatcher {
  const watchers = new Map<string, FSWatcher>();
  let names = new Map<string, Set<string>>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const changed = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...pending];
      pending = new Set();
      onChange(paths);
    }, SETTLE_MS);
  };

  const open = (key: string, dir: string, recursive: boolean) => {
    if (watchers.has(key) || !existsSync(dir) || !statSync(dir).isDirectory()) return;
    const watcher = watch(dir, { recursive, persistent: true }, (_event, name) => {
      const file = name === null ? dir : resolve(dir, name.toString());
      if (recursive) return changed(file);
      const wanted = names.get(dir);
      if (name === null || wanted?.has(basename(file))) changed(file);
    });
    // A folder removed while watched: its watcher ends; the next update opens it again.
    watcher.on("error", () => {
      watcher.close();
      watchers.delete(key);
    });
    watchers.set(key, watcher);
  };

  const update = (next: WatchList) => {
    names = new Map();
    for (const file of next.files.map((f) => resolve(f))) {
      const dir = dirname(file);
      if (!names.has(dir)) names.set(dir, new Set());
      names.get(dir)!.add(basename(file));
    }
    const keys = new Set([
      ...[...names.keys()].map((d) => `file:${d}`),
      ...next.folders.map((f) => `tree:${resolve(f)}`),
    ]);
    for (const [key, watcher] of watchers)
      if (!keys.has(key)) {
        watcher.close();
        watchers.delete(key);
      }
    for (const dir of names.keys()) open(`file:${dir}`, dir, false);
    for (const folder of next.folders) open(`tree:${resolve(folder)}`, resolve(folder), true);
  };

  update(list);
  return {
    update,
    close() {
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
