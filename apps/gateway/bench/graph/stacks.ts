import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'pg';
import { removePrefix, uniquePrefix } from '@careplan/testing';
import { closeIdleConnections } from './backends';
import { defer } from './cleanup';
import { CpuMeter } from './cpu';
import { startGraph, type Children, type Running } from './processes';
import { LOAD_GENERATOR } from './report';
import type { Service } from './scenarios';
import type { Side } from './sides';

/** One side's running graph: where each request goes, and the meter of its processes' CPU. */
export interface Stack {
  side: Side;
  urls: Record<Service, string>;
  meter: CpuMeter;
  /** Ends its subgraphs' and gateway's idle database connections, so the other side can have them. */
  release(): Promise<void>;
}

export interface Shared {
  databaseUrl: string;
  /** The bench's own connection to the database, for the meters. */
  admin: Client;
  database: string;
  floor: { url: string; process: Running };
  /** BENCH_CPU_PROF: profiles go here, each side's in a directory of its own when there are two. */
  cpuProfileDir?: string;
  /** BENCH_HIVE: the current side also serves the supergraph through @graphql-hive/gateway. */
  hive?: boolean;
}

/**
 * Starts each side's subgraphs and gateway from its own checkout, on ports of their own, against the one
 * seeded database and beside the one floor; each with its own queues. Each meter reads its side's
 * processes, the floor, Postgres' backends for them, and the load generator.
 */
export async function startStacks(children: Children, sides: Side[], shared: Shared): Promise<Stack[]> {
  const stacks: Stack[] = [];
  for (const side of sides) {
    const queuePrefix = uniquePrefix();
    defer(() => removePrefix(queuePrefix));
    const cpuProfileDir = shared.cpuProfileDir && (sides.length > 1 ? join(shared.cpuProfileDir, side.name) : shared.cpuProfileDir);
    if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });
    const graph = await startGraph(children, {
      root: side.root,
      side: sides.length > 1 ? side.name : undefined,
      databaseUrl: shared.databaseUrl,
      queuePrefix,
      cpuProfileDir,
      // Each side logs, as a warning, every idle connection the bench ends for the other: errors only.
      logLevel: sides.length > 1 ? 'error' : 'warn',
      hive: shared.hive && side.name === 'current',
    });
    const processes = [...graph.processes, shared.floor.process, { name: LOAD_GENERATOR, pid: process.pid }];
    stacks.push({
      side,
      urls: { ...graph.urls, floor: shared.floor.url },
      meter: new CpuMeter(processes, shared.admin, shared.database),
      release: () => closeIdleConnections(shared.admin, shared.database, graph.processes.map((p) => p.pid)),
    });
  }
  return stacks;
}
