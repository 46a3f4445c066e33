import type { Pool } from 'pg';

/**
 * Whether an error means the connection itself was gone — Postgres ended it (a restart, a failover, an
 * administrator, `idle_session_timeout`) or the socket broke — rather than that Postgres refused the
 * statements. A pooled connection can die while idle and be handed out before the pool hears of it; then
 * only its first use fails, and work that had changed nothing yet may be sent again on another.
 */
function connectionLost(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  // SQLSTATE class 08 (connection exception) and 57P01–57P03 (shut down by an administrator, a crash, or not yet accepting).
  if (typeof code === 'string') return code.startsWith('08') || code.startsWith('57P') || code === 'ECONNRESET' || code === 'EPIPE';
  // pg's own error when the socket closes under a query.
  return err instanceof Error && err.message.startsWith('Connection terminated');
}

/**
 * `work` on a connection of `pool`, done again while it fails only because the connection it was given had
 * been lost: a restart or failover loses every idle connection at once, and each is dropped from the pool as
 * it fails, so after as many tries as the pool holds connections a new one is made. Only for work that has
 * changed nothing when it fails so (reads, or the opening of a transaction).
 */
export async function onLiveConnection<T>(pool: Pool, work: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await work();
    } catch (err) {
      if (!connectionLost(err) || tries > (pool.options.max ?? 10)) throw err;
    }
  }
}
