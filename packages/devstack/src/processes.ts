import { join } from 'node:path';
import { repoRoot } from '@careplan/identity';
import { SUBGRAPH_NAMES, portFromEnv, type ServiceName } from '@careplan/runtime';

/** One of the seven processes of the stack, run from its app's build. */
export interface ProcessSpec {
  name: ServiceName;
  script: string;
  readyUrl: string;
}

export function appScript(app: string, file: 'main.js' | 'migrate.js' | 'onboard.js' | 'offboard.js'): string {
  return join(repoRoot(), 'apps', app, 'dist', file);
}

/** Subgraphs first, then the gateway that plans over them, then the worker. */
export function stackProcesses(env: NodeJS.ProcessEnv = process.env): ProcessSpec[] {
  const names: ServiceName[] = [...SUBGRAPH_NAMES, 'gateway', 'worker'];
  return names.map((name) => ({ name, script: appScript(name, 'main.js'), readyUrl: `http://127.0.0.1:${portFromEnv(name, env)}/ready` }));
}
