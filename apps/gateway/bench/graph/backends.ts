import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import type { Client } from 'pg';

/** Reads a file or lists a directory under /proc, or gives undefined once what it describes is gone. */
function proc<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Local ports of the TCP sockets the processes hold: a Postgres backend whose client_port is one of them
 * serves one of them. (Socket inodes from /proc/<pid>/fd, their ports from /proc/net/tcp and tcp6.)
 */
function localPorts(pids: number[]): Set<number> {
  const inodes = new Set<string>();
  for (const pid of pids) {
    for (const fd of proc(() => readdirSync(`/proc/${pid}/fd`)) ?? []) {
      const inode = /^socket:\[(\d+)\]$/.exec(proc(() => readlinkSync(`/proc/${pid}/fd/${fd}`)) ?? '')?.[1];
      if (inode) inodes.add(inode);
    }
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode …
    for (const line of (proc(() => readFileSync(table, 'utf8')) ?? '').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (inodes.has(fields[9])) ports.add(parseInt(fields[1].split(':')[1], 16));
    }
  }
  return ports;
}

/** The backends on `database` that serve the processes (not the one `admin` itself is served by). */
export async function backendsOf(admin: Client, database: string, pids: number[]): Promise<Array<{ pid: number; state: string | null }>> {
  const { rows } = await admin.query<{ pid: number; client_port: number; state: string | null }>(
    'SELECT pid, client_port, state FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [database],
  );
  const ours = localPorts(pids);
  return rows.filter((r) => ours.has(r.client_port)).map(({ pid, state }) => ({ pid, state }));
}

const QUIET_POLLS = 3;
const POLL_MS = 100;

/**
 * Ends the processes' idle connections to `database`; their pools reconnect when next asked. Two stacks
 * with full pools need more connections than Postgres allows (max_connections, 100 by default), so the
 * side about to be loaded gets the other's. First waits (up to 30 s) until none of them has been busy
 * for a few polls: autocannon stops without waiting for answers, and what a run left in flight must
 * finish, both so no request loses its connection and so it costs the next run nothing.
 */
export async function closeIdleConnections(admin: Client, database: string, pids: number[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  let quiet = 0;
  let backends = await backendsOf(admin, database, pids);
  while (quiet < QUIET_POLLS && Date.now() < deadline) {
    quiet = backends.every((b) => b.state === 'idle') ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    backends = await backendsOf(admin, database, pids);
  }
  const idle = backends.filter((b) => b.state === 'idle').map((b) => b.pid);
  if (idle.length > 0) await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [idle]);
}
