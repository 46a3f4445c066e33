import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '@careplan/identity';

const ROOT = repoRoot();
export const RULES_FILE = join(ROOT, 'docs', 'rules.md');

/** The rule book's ids and names, in order, from its bold headings (`**R8 Approval.**`). */
function rules(book: string): Array<{ id: string; name: string }> {
  return [...book.matchAll(/\*\*(R\d+[a-z]?w?) ([^*]+?)\.?\*\*/g)].map(([, id, name]) => ({ id, name: name.replace(/\s*\(.*$/, '') }));
}

function sourceFiles(folder: 'src' | 'test'): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : walk(path);
      return name.endsWith('.ts') && !name.endsWith('generated.ts') ? [path] : [];
    });
  return ['apps', 'packages'].flatMap((group) =>
    readdirSync(join(ROOT, group)).flatMap((workspace) => {
      // The test kit's src drives journeys that name rules; it applies none, so it is no rule's code.
      if (folder === 'src' && `${group}/${workspace}` === 'packages/testing') return [];
      const dir = join(ROOT, group, workspace, folder);
      try {
        return walk(dir);
      } catch {
        return [];
      }
    }),
  );
}

/**
 * The id as a word (R1 is not R12 or R1a). In code it marks where a rule is: the error it raises
 * (`RuleViolation('R8', …)`) or the comment saying which rule a piece of code is.
 */
const named = (text: string, id: string) => new RegExp(`(^|[^\\w])${id}(?![\\w])`).test(text);

/** Where a test names the rule in its title (`it('R8 …'`, `describe('R8 …'`, an `it.each` title). */
const titles = (text: string) => [...text.matchAll(/(?:\bit|\bdescribe|\btest|\]\))(?:\.each)?\(\s*(['`"])(.*?)\1/g)].map((m) => m[2]);
const proves = (text: string, id: string) => titles(text).some((title) => named(title, id));

const files = (paths: string[]) => (paths.length ? paths.map((p) => `\`${relative(ROOT, p)}\``).join(', ') : 'not yet');

/** The table of where each rule of the book is in the code and where it is tested, as the code is now. */
export function ruleIndex(): string {
  // Rules are code in services, the domain and the worker; the schema's descriptions only quote them.
  const code = sourceFiles('src')
    .filter((path) => !/[/\\](graphql|migrations)[/\\]/.test(path))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  // This generator's own sources name rules in examples, not in tests.
  const tests = sourceFiles('test')
    .filter((path) => !path.startsWith(__dirname))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const rows = rules(readFileSync(RULES_FILE, 'utf8')).map(({ id, name }) => {
    const enforced = code.filter((f) => named(f.text, id)).map((f) => f.path);
    const tested = tests.filter((f) => proves(f.text, id)).map((f) => f.path);
    return `| ${id} | ${name} | ${files(enforced)} | ${files(tested)} |`;
  });
  return ['| rule | | in the code | tested in |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
