import { MAX_PAGE } from '@careplan/runtime';

interface Waiting<I, O> {
  item: I;
  resolve: (result: O) => void;
  reject: (err: unknown) => void;
}

interface Council<I, O> {
  waiting: Array<Waiting<I, O>>;
  /** When the first of those waiting came. */
  since: number;
  sending: number;
  timer?: NodeJS.Timeout;
}

/**
 * How long the first job of a batch waits for others to join. A graph call costs the graph about as
 * much as a few dozen items in it, so fuller batches cut its CPU for a run by about a third
 * (bench:reminders); a quarter of a second is nothing to a daily reminder.
 */
const LINGER_MS = 250;

/**
 * Gathers what the jobs in hand ask of the graph into one call per council. A call goes when none is
 * under way for that council and the first in it has waited `lingerMs` for others to join, or at once
 * when full (`max`, the most the graph takes in one call); while one is under way, the next gathers.
 * So batches grow with the load, and a quiet worker waits no more than `lingerMs`. A failed call fails
 * every job in it; each job is retried on its own.
 */
export class Batcher<I, O> {
  private readonly councils = new Map<string, Council<I, O>>();

  constructor(
    private readonly send: (authority: string, items: I[]) => Promise<ReadonlyArray<O>>,
    private readonly lingerMs = LINGER_MS,
    private readonly max = MAX_PAGE,
  ) {}

  /** The result for this one item, once its batch has been answered. */
  add(authority: string, item: I): Promise<O> {
    let council = this.councils.get(authority);
    if (!council) {
      council = { waiting: [], since: 0, sending: 0 };
      this.councils.set(authority, council);
    }
    const c = council;
    return new Promise<O>((resolve, reject) => {
      if (!c.waiting.length) c.since = Date.now();
      c.waiting.push({ item, resolve, reject });
      if (c.waiting.length >= this.max) this.flush(authority, c);
      else if (c.sending === 0) this.schedule(authority, c);
    });
  }

  private schedule(authority: string, council: Council<I, O>): void {
    council.timer ??= setTimeout(() => this.flush(authority, council), Math.max(0, council.since + this.lingerMs - Date.now()));
  }

  private flush(authority: string, council: Council<I, O>): void {
    clearTimeout(council.timer);
    council.timer = undefined;
    const batch = council.waiting.splice(0, this.max);
    council.since = Date.now();
    if (!batch.length) return;
    council.sending++;
    this.send(authority, batch.map((w) => w.item))
      .then((results) => {
        if (results.length !== batch.length) throw new Error(`the graph answered ${results.length} of ${batch.length}`);
        batch.forEach((w, i) => w.resolve(results[i]));
      })
      .catch((err: unknown) => batch.forEach((w) => w.reject(err)))
      .finally(() => {
        council.sending--;
        if (council.sending === 0 && council.waiting.length) this.schedule(authority, council);
      });
  }
}
