import { join } from 'node:path';
import { repoRoot } from '@careplan/identity';
import { SUBGRAPH_NAMES, portFromEnv, type ServiceName } from '@careplan/runtime';

export type ProcessName = ServiceName | 'subgraphs';

/** A process of the stack: one app's build, or the six subgraphs' in one process. */
export interface ProcessSpec {
  name: ProcessName;
  /** Node's arguments: the entry script, after any others it loads first with --require. */
  args: string[];
  /** Each app's /ready in it. */
  readyUrls: string[];
  /** The processes that must be ready before this one starts, as docker-compose's `depends_on` has it. */
  after: ProcessName[];
}

export function appScript(app: string, file: 'main.js' | 'migrate.js' | 'onboard.js' | 'offboard.js'): string {
  return join(repoRoot(), 'apps', app, 'dist', file);
}

/** `SUBGRAPH_PROCESSES`: `one` (the default) runs the six subgraphs in one process, `each` in one each. */
function subgraphProcesses(env: NodeJS.ProcessEnv = process.env): 'one' | 'each' {
  const value = env.SUBGRAPH_PROCESSES ?? 'one';
  if (value !== 'one' && value !== 'each') throw new Error(`SUBGRAPH_PROCESSES must be "one" or "each", not "${value}"`);
  return value;
}

/**
 * Subgraphs first, then the gateway that plans over them, then the worker, whose first reminder sweep asks the
 * gateway: each starts once those before it are ready. Each subgraph keeps its own port,
 * pools and schema either way; together they share one event loop, so a query's calls to five of them wake
 * one process rather than five (README, "How fast the graph is").
 */
export function stackProcesses(env: NodeJS.ProcessEnv = process.env): ProcessSpec[] {
  const app = (name: ServiceName) => ({ script: appScript(name, 'main.js'), readyUrl: `http://127.0.0.1:${portFromEnv(name, env)}/ready` });
  const alone = (name: ServiceName, after: ProcessName[] = []): ProcessSpec => {
    const { script, readyUrl } = app(name);
    return { name, args: [script], readyUrls: [readyUrl], after };
  };
  const subgraphs = SUBGRAPH_NAMES.map(app);
  const together: ProcessSpec = {
    name: 'subgraphs',
    // One heap takes the short-lived objects of six subgraphs' calls: a young generation larger than V8's own
    // choice lets more of them die young instead of being promoted (README: 64 MiB against V8's own 16, caseloads
    // of 50 1.00–1.69× round by round, 0.65× the subgraphs' CPU per page).
    args: ['--max-semi-space-size=64', ...subgraphs.slice(0, -1).flatMap((s) => ['--require', s.script]), subgraphs[subgraphs.length - 1].script],
    readyUrls: subgraphs.map((s) => s.readyUrl),
    after: [],
  };
  const subgraphSpecs = subgraphProcesses(env) === 'one' ? [together] : SUBGRAPH_NAMES.map((name) => alone(name));
  return [...subgraphSpecs, alone('gateway', subgraphSpecs.map((s) => s.name)), alone('worker', ['gateway'])];
}
