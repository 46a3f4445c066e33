import type { Logger } from 'pino';

/**
 * Stops the process cleanly on SIGINT/SIGTERM: runs the closers in order, and exits anyway once
 * the time limit passes so a stuck connection never keeps a deployment from rolling.
 */
export function onShutdown(logger: Logger, closers: Array<() => Promise<unknown>>, timeLimitMs = 10_000): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ timeLimitMs }, 'shutdown time limit reached; exiting');
      process.exit(1);
    }, timeLimitMs);
    timer.unref();
    try {
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
