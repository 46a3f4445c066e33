import { readFileSync } from 'node:fs';
import type IORedis from 'ioredis';

const MIB = 1024 * 1024;

/** Resident memory of a process, in bytes (VmRSS), or 0 once it is gone. */
function rss(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

export interface MemoryFigures {
  startMiB: number;
  peakMiB: number;
  endMiB: number;
}

/** Samples each process's RSS every 250 ms from start() to stop(): at the start, the peak and at the end. */
export class MemorySampler {
  private readonly figures = new Map<string, { start: number; peak: number; end: number }>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly processes: ReadonlyArray<{ name: string; pid: number }>) {}

  start(): void {
    for (const { name, pid } of this.processes) {
      const now = rss(pid);
      this.figures.set(name, { start: now, peak: now, end: now });
    }
    this.timer = setInterval(() => this.sample(), 250);
  }

  stop(): Record<string, MemoryFigures> {
    clearInterval(this.timer);
    this.sample();
    return Object.fromEntries(
      [...this.figures].map(([name, f]) => [name, { startMiB: Math.round(f.start / MIB), peakMiB: Math.round(f.peak / MIB), endMiB: Math.round(f.end / MIB) }]),
    );
  }

  /** The latest sample of each, for progress lines. */
  now(): string {
    return [...this.figures].map(([name, f]) => `${name} ${Math.round(f.end / MIB)} MiB`).join(', ');
  }

  private sample(): void {
    for (const { name, pid } of this.processes) {
      const f = this.figures.get(name)!;
      f.end = rss(pid);
      f.peak = Math.max(f.peak, f.end);
    }
  }
}

/** Memory the Redis server uses (all of it: a shared Redis holds others' keys too), in MiB. */
export async function redisMiB(redis: IORedis): Promise<number> {
  return Math.round(Number(/^used_memory:(\d+)/m.exec(await redis.info('memory'))?.[1] ?? 0) / MIB);
}
