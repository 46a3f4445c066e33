import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, parse, validate, Kind, type DocumentNode } from 'graphql';
import { API_SCHEMA_FILE } from '../src/supergraph';

const ROOT = join(__dirname, '..', '..', '..');

/** Every workspace's `src/graph` folder: the operations it sends to the graph. */
function graphFolders(): string[] {
  return ['apps', 'packages'].flatMap((group) =>
    readdirSync(join(ROOT, group), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(ROOT, group, d.name, 'src', 'graph'))
      .filter((dir) => {
        try {
          return readdirSync(dir).some((f) => f.endsWith('.graphql'));
        } catch {
          return false;
        }
      }),
  );
}

/** One workspace's documents as one, so fragments resolve across its files as codegen resolves them. */
function documentsOf(dir: string): DocumentNode {
  const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  return parse(files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n'));
}

describe('typed seams', () => {
  const schema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
  const folders = graphFolders();

  it('finds the operations of every workspace that calls the graph', () => {
    const names = folders.map((d) => relative(ROOT, d));
    expect(names).toEqual(expect.arrayContaining(['apps/assessments/src/graph', 'apps/budgets/src/graph', 'apps/plans/src/graph', 'apps/reviews/src/graph', 'apps/worker/src/graph', 'packages/devstack/src/graph', 'packages/testing/src/graph']));
  });

  it.each(folders.map((d) => [relative(ROOT, d), d]))('every operation in %s is valid against the public schema, named and named once', (_name, dir) => {
    const document = documentsOf(dir);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(0);
    const names = operations.map((o) => o.name?.value);
    expect(names).not.toContain(undefined);
    expect(new Set(names).size).toBe(names.length);
  });
});
