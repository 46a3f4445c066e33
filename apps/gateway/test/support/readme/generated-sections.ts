import { join } from 'node:path';
import { repoRoot } from '@careplan/identity';
import { errorCodesTable } from './error-codes';
import { rolesMatrix } from './roles';

export const README_FILE = join(repoRoot(), 'README.md');

/** What fills each `<!-- generated: name -->` … `<!-- /generated -->` section of the README. */
const SECTIONS: Record<string, () => string> = { errors: errorCodesTable, roles: rolesMatrix };

const SECTION = /<!-- generated: ([a-z-]+) -->\n[\s\S]*?<!-- \/generated -->/g;

/** The README with every generated section rendered from the code as it is now; the rest untouched. */
export function withGeneratedSections(readme: string): string {
  const rendered = new Set<string>();
  const updated = readme.replace(SECTION, (_, name: string) => {
    const render = SECTIONS[name];
    if (!render) throw new Error(`README.md has a generated section "${name}" that nothing generates`);
    rendered.add(name);
    return `<!-- generated: ${name} -->\n${render()}\n<!-- /generated -->`;
  });
  const missing = Object.keys(SECTIONS).filter((name) => !rendered.has(name));
  if (missing.length) throw new Error(`README.md has no generated section ${missing.join(', ')}`);
  return updated;
}
