import { join } from 'node:path';
import { repoRoot } from '@careplan/identity';
import { errorCodesTable } from './error-codes';
import { lifecycleDiagram } from './lifecycle-diagram';
import { rolesMatrix } from './roles';
import { RULES_FILE, ruleIndex } from './rule-index';

/** Each document with generated sections, and what fills each `<!-- generated: name -->` … `<!-- /generated -->`. */
export const GENERATED: Record<string, Record<string, () => string>> = {
  [join(repoRoot(), 'README.md')]: { errors: errorCodesTable, roles: rolesMatrix },
  [RULES_FILE]: { 'rule-index': ruleIndex },
  [join(repoRoot(), 'docs', 'plan-lifecycle.md')]: { lifecycle: lifecycleDiagram },
};

const SECTION = /<!-- generated: ([a-z-]+) -->\n[\s\S]*?<!-- \/generated -->/g;

/** The document with every generated section rendered from the code as it is now; the rest untouched. */
export function withGeneratedSections(file: string, text: string): string {
  const sections = GENERATED[file];
  const rendered = new Set<string>();
  const updated = text.replace(SECTION, (_, name: string) => {
    const render = sections[name];
    if (!render) throw new Error(`${file} has a generated section "${name}" that nothing generates`);
    rendered.add(name);
    return `<!-- generated: ${name} -->\n${render()}\n<!-- /generated -->`;
  });
  const missing = Object.keys(sections).filter((name) => !rendered.has(name));
  if (missing.length) throw new Error(`${file} has no generated section ${missing.join(', ')}`);
  return updated;
}
