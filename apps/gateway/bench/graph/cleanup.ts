const pending: Array<() => Promise<unknown>> = [];

/**
 * Registers a cleanup (stop a process, drop a database) and returns a function that runs it now. Whatever
 * has not run by then runs in cleanUp(), newest first: at the end, on an error, or on Ctrl-C.
 */
export function defer(cleanup: () => Promise<unknown>): () => Promise<void> {
  pending.push(cleanup);
  return async () => {
    const at = pending.indexOf(cleanup);
    if (at >= 0) await pending.splice(at, 1)[0]();
  };
}

let cleaning: Promise<void> | undefined;

/** Runs what is still pending, once however often it is called (the end of main and a signal may race). */
export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (let next = pending.pop(); next; next = pending.pop()) {
      await next().catch((err: unknown) => console.error('cleanup failed:', err));
    }
  })();
  return cleaning;
}

/** On Ctrl-C or SIGTERM, runs what is still pending and exits; `what` says what that is. */
export function cleanUpOnSignals(what: string): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`${signal}: ${what}\n`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
}
