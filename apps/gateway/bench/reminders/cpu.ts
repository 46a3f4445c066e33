import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type IORedis from 'ioredis';
import type { TestDatabase } from '@careplan/testing';

const MS_PER_TICK = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/** CPU time (user + system) a process has used so far, in ms, or 0 once it is gone. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name (in parentheses, may hold spaces), utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return 0;
  }
}

type Reading = Map<string, Map<number, number>>;

/**
 * CPU time used during the run by each process of the bench, by the Postgres backends serving the
 * bench's database, and by the Redis server (all of it: other users of a shared Redis count too).
 */
export class CpuMeter {
  private before?: Reading;

  constructor(
    private readonly processes: ReadonlyArray<{ name: string; pid: number }>,
    private readonly db: TestDatabase,
    private readonly redis: IORedis,
  ) {}

  async start(): Promise<void> {
    this.before = await this.read();
  }

  /** CPU seconds each used since start(); a backend that connected in between counts from zero. */
  async used(): Promise<Record<string, number>> {
    const after = await this.read();
    return Object.fromEntries(
      [...after].map(([name, pids]) => [name, [...pids].reduce((sum, [pid, ms]) => sum + ms - (this.before?.get(name)?.get(pid) ?? 0), 0) / 1000]),
    );
  }

  private async read(): Promise<Reading> {
    const backends = await this.db.asAdmin<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [this.db.name]);
    const reading: Reading = new Map(this.processes.map(({ name, pid }) => [name, new Map([[pid, cpuMs(pid)]])]));
    reading.set('postgres', new Map(backends.map(({ pid }) => [pid, cpuMs(pid)])));
    // Redis reports its own CPU (seconds, user and system); pid 0 stands for the server.
    const info = await this.redis.info('cpu');
    const seconds = (field: string) => Number(new RegExp(`^${field}:([0-9.]+)`, 'm').exec(info)?.[1] ?? 0);
    reading.set('redis', new Map([[0, (seconds('used_cpu_user') + seconds('used_cpu_sys')) * 1000]]));
    return reading;
  }
}
