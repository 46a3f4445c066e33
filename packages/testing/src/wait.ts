/**
 * Polls until the probe gives something (anything but undefined or false) and returns it: for work
 * that happens elsewhere (a worker, a relay) and shows up in Postgres, Redis or the graph.
 */
export async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
