import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The monorepo's root (where turbo.json lives), found from this file; falls back to the working directory. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'turbo.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}
