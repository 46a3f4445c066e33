/**
 * Whether an error means the connection itself was gone — Postgres ended it (a restart, a failover, an
 * administrator, `idle_session_timeout`) or the socket broke — rather than that Postgres refused the
 * statements. A pooled connection can die while idle and be handed out before the pool hears of it; then
 * only its first use fails, and work that had changed nothing yet may be sent again on another.
 */
export function connectionLost(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  // SQLSTATE class 08 (connection exception) and 57P01–57P03 (shut down by an administrator, a crash, or not yet accepting).
  if (typeof code === 'string') return code.startsWith('08') || code.startsWith('57P') || code === 'ECONNRESET' || code === 'EPIPE';
  // pg's own error when the socket closes under a query.
  return err instanceof Error && err.message.startsWith('Connection terminated');
}
