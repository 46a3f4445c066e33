import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, parse, validate, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_LIMITS, measure } from '@careplan/runtime';
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
    expect(names).toEqual(expect.arrayContaining(['apps/assessments/src/graph', 'apps/gateway/src/graph', 'apps/budgets/src/graph', 'apps/plans/src/graph', 'apps/reviews/src/graph', 'apps/worker/src/graph', 'packages/devstack/src/graph', 'packages/testing/src/graph']));
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

  it.each(folders.map((d) => [relative(ROOT, d), d]))('every operation in %s fits the gateway’s depth and cost limits, pages as written', (_name, dir) => {
    const document = documentsOf(dir);
    const over = document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((o) => ({ name: o.name?.value, ...measure(schema, document, o) }))
      .filter((m) => m.depth > DEFAULT_LIMITS.maxDepth || m.cost > DEFAULT_LIMITS.maxCost);
    expect(over).toEqual([]);
  });

  it('every operation a test writes inline is valid against the public schema too (the ones deliberately invalid named here)', () => {
    const deliberatelyInvalid = new Set([
      // graph.e2e: a malformed argument must answer GRAPHQL_VALIDATION_FAILED.
      '{ people(first: "x") { edges { cursor } } }',
    ]);
    const roots = new Set([...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())]);
    const checked: string[] = [];
    const invalid: string[] = [];
    for (const file of testFiles()) {
      for (const [, text] of readFileSync(file, 'utf8').matchAll(/`(\s*(?:query|mutation)\b[^`]*|\s*\{[^`]*)`/g)) {
        // Built from pieces at run time, or sent straight to a subgraph's _entities: checked where they run.
        if (text.includes('${') || text.includes('_entities')) continue;
        const shorthand = /^\s*\{\s*([A-Za-z_]+)/.exec(text);
        if (!/^\s*(query|mutation)\b/.test(text) && !(shorthand && roots.has(shorthand[1]))) continue;
        checked.push(text);
        if (deliberatelyInvalid.has(text.trim())) continue;
        const errors = validate(schema, parse(text)).map((e) => e.message);
        if (errors.length) invalid.push(`${relative(ROOT, file)}: ${errors[0]} in ${text.trim().slice(0, 120)}`);
      }
    }
    expect(checked.length).toBeGreaterThan(300);
    expect(invalid).toEqual([]);
  });
});

/** Every test file of every workspace. */
function testFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.test.ts')) found.push(path);
    }
  };
  for (const group of ['apps', 'packages']) {
    for (const workspace of readdirSync(join(ROOT, group))) {
      try {
        walk(join(ROOT, group, workspace, 'test'));
      } catch {
        // A workspace without tests.
      }
    }
  }
  return found;
}
