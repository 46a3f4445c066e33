import { readWorkspaces, type Workspace } from './support/workspaces';

// The room rules of README.md: dependencies point one way, apps → kit → runtime/identity → domain
// (and devstack → testing, whose journeys the demo seed drives).
const DOMAIN = '@careplan/domain';
const FOUNDATIONS = [DOMAIN, '@careplan/identity', '@careplan/runtime', '@careplan/subgraph-kit'];

/** What a workspace's production code (src, package.json dependencies) may use. */
function mayUse(workspace: Workspace): string[] {
  switch (workspace.name) {
    case DOMAIN:
      return [];
    case '@careplan/identity':
    case '@careplan/runtime':
      return [DOMAIN];
    case '@careplan/subgraph-kit':
      return [DOMAIN, '@careplan/identity', '@careplan/runtime'];
    case '@careplan/devstack':
      // The demo seed drives the same typed journeys as the suites, from the test kit.
      return [...FOUNDATIONS, '@careplan/testing'];
    default:
      // Every app, and the test kit: the packages above, never an app nor a tool.
      return FOUNDATIONS;
  }
}

const workspaces = readWorkspaces();

describe('room rules', () => {
  it('reads every workspace, and the imports of each that has any', () => {
    expect(workspaces.map((w) => w.dir)).toEqual(expect.arrayContaining(['packages/domain', 'packages/subgraph-kit', 'apps/gateway', 'apps/people', 'apps/worker']));
    for (const w of workspaces.filter((w) => w.name !== DOMAIN)) expect({ workspace: w.dir, imports: w.imports.length > 0 }).toEqual({ workspace: w.dir, imports: true });
  });

  it('no src imports a package further up: apps → kit → runtime/identity → domain, and no app imports another', () => {
    const violations = workspaces.flatMap((w) => w.imports.filter(({ imported }) => !mayUse(w).includes(imported)).map(({ file, imported }) => `${file} imports ${imported}`));
    expect(violations).toEqual([]);
  });

  it('no package.json depends on a package further up, nor on an app (tests may: devDependencies)', () => {
    const violations = workspaces.flatMap((w) => w.dependencies.filter((name) => !mayUse(w).includes(name)).map((name) => `${w.dir}/package.json depends on ${name}`));
    expect(violations).toEqual([]);
  });
});
