import type { Logger } from 'pino';
import { startDraining } from './http';

/** How long `/ready` says "draining" before the process closes, so the load balancer stops sending to it. */
const DRAIN_MS = Number(process.env.SHUTDOWN_DRAIN_MS ?? (process.env.NODE_ENV === 'production' ? 5_000 : 0));

/**
 * Stops the process cleanly on SIGINT/SIGTERM: turns `/ready` false and waits `SHUTDOWN_DRAIN_MS` (5 s in
 * production) so no new requests arrive, runs the closers in order, and exits anyway once the time limit
 * passes so a stuck connection never keeps a deployment from rolling.
 */
export function onShutdown(logger: Logger, closers: Array<() => Promise<unknown>>, timeLimitMs = 10_000 + DRAIN_MS): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, drainMs: DRAIN_MS }, 'shutting down');
    startDraining();
    const timer = setTimeout(() => {
      logger.error({ timeLimitMs }, 'shutdown time limit reached; exiting');
      process.exit(1);
    }, timeLimitMs);
    timer.unref();
    try {
      await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
      for (const close of closers) await close();
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
