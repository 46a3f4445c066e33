import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '@careplan/identity';

export interface Workspace {
  /** e.g. `@careplan/people`. */
  name: string;
  /** e.g. `apps/people`. */
  dir: string;
  /** `@careplan/*` packages named in package.json `dependencies` (what production installs). */
  dependencies: string[];
  /** Each `@careplan/*` package that a file under src imports, requires or re-exports. */
  imports: Array<{ file: string; imported: string }>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `@careplan/x/deep/path` → `@careplan/x`; anything else → undefined. */
function workspacePackage(specifier: string): string | undefined {
  return specifier.startsWith('@careplan/') ? specifier.split('/').slice(0, 2).join('/') : undefined;
}

function importsOf(file: string): string[] {
  // preProcessFile sees static imports, re-exports, require() and import() without type-checking anything.
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map((f) => workspacePackage(f.fileName)).filter((name): name is string => name !== undefined);
}

/** Every workspace under packages/ and apps/, with the `@careplan/*` packages its production code uses. */
export function readWorkspaces(): Workspace[] {
  const root = repoRoot();
  return ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(root, group))
      .map((dir) => join(root, group, dir))
      .filter((dir) => existsSync(join(dir, 'package.json')))
      .map((dir) => {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string> };
        const src = join(dir, 'src');
        return {
          name: pkg.name,
          dir: relative(root, dir),
          dependencies: Object.keys(pkg.dependencies ?? {}).filter((name) => workspacePackage(name)),
          imports: (existsSync(src) ? sourceFiles(src) : []).flatMap((file) => importsOf(file).map((imported) => ({ file: relative(root, file), imported }))),
        };
      }),
  );
}
