// Watches a folder and every folder under it, one non-recursive watcher per folder. Node 20's
// recursive fs.watch on Linux watches files, and loses a file that an editor (or `sed -i`) saves by
// renaming a new file over it; a folder watcher sees that rename. New sub-folders are picked up on
// the next event. Events only say "look again": the caller decides from the files what changed.
import { type FSWatcher, readdirSync, watch } from 'node:fs';
import path from 'node:path';

function foldersUnder(root: string): string[] {
  try {
    const subs = readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isDirectory());
    return [root, ...subs.map((d) => path.join(d.parentPath, d.name))];
  } catch {
    return [];
  }
}

export function watchTree(root: string, onEvent: () => void): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  const refresh = (): void => {
    for (const dir of foldersUnder(root)) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, () => {
          refresh();
          onEvent();
        });
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
        });
        watchers.set(dir, watcher);
      } catch {
        // Gone between listing and watching: the next event lists again.
      }
    }
  };
  refresh();
  return {
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
