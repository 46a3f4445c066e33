import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Client } from 'pg';
import { backendsOf } from './backends';

const MS_PER_TICK = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/** CPU time (user + system) the process has used so far, in ms; undefined once it is gone. */
function cpuMs(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name, in parentheses, may hold spaces; utime and stime are fields 14 and 15 of the line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
}

/** CPU ms so far by process name, and by pid within it (Postgres serves each connection from its own backend). */
export type CpuReading = Map<string, Map<number, number>>;

/**
 * Reads the CPU time of named processes and of the Postgres backends that serve them on the bench's
 * database, so a second stack on the same database (idle, but polling its outboxes) is not counted.
 */
export class CpuMeter {
  constructor(
    private readonly processes: Array<{ name: string; pid: number }>,
    private readonly admin: Client,
    private readonly database: string,
  ) {}

  async read(): Promise<CpuReading> {
    const backends = await backendsOf(this.admin, this.database, this.processes.map((p) => p.pid));
    const groups: Array<[string, number[]]> = [...this.processes.map((p): [string, number[]] => [p.name, [p.pid]]), ['postgres', backends.map((b) => b.pid)]];
    const reading: CpuReading = new Map();
    for (const [name, pids] of groups) {
      const used = new Map<number, number>();
      for (const pid of pids) {
        const ms = cpuMs(pid);
        if (ms !== undefined) used.set(pid, ms);
      }
      reading.set(name, used);
    }
    return reading;
  }

  /** CPU ms each process used between two readings; a backend that connected in between counts from zero. */
  static used(before: CpuReading, after: CpuReading): Record<string, number> {
    return Object.fromEntries(
      [...after].map(([name, pids]) => [name, [...pids].reduce((sum, [pid, ms]) => sum + ms - (before.get(name)?.get(pid) ?? 0), 0)]),
    );
  }
}
