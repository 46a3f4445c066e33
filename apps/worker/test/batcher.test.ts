import { until } from '@careplan/testing';
import { Batcher } from '../src/batcher';

/** Long enough for a call with no wait (lingerMs 0) to go. */
const tick = () => new Promise((r) => setTimeout(r, 5));

/** A graph call that answers when told to, recording what each call carried. */
function graph() {
  const calls: Array<{ authority: string; items: number[]; answer: (results: number[] | Error) => void }> = [];
  const send = (authority: string, items: number[]) =>
    new Promise<number[]>((resolve, reject) => calls.push({ authority, items, answer: (r) => (r instanceof Error ? reject(r) : resolve(r)) }));
  return { calls, send };
}

describe('Batcher: what jobs in hand ask of the graph goes in one call per council', () => {
  it('sends at once when idle; while a call is under way the next gathers, and goes when it returns', async () => {
    const { calls, send } = graph();
    const batcher = new Batcher<number, number>(send, 0);
    const first = batcher.add('A', 1);
    await tick();
    const rest = [2, 3, 4].map((n) => batcher.add('A', n));
    await tick();
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    calls[0].answer([10]);
    expect(await first).toBe(10);
    // The gathered three go once the first call has returned: waited for, not timed, as a loaded machine may be late.
    await until(() => calls.length > 1, 5_000);
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3, 4]]);
    calls[1].answer([20, 30, 40]);
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
  });

  it('waits for others to join for a while before the first call', () => {
    // The clock is the test's, so a busy machine cannot make the wait look longer than it is.
    jest.useFakeTimers();
    try {
      const { calls, send } = graph();
      const batcher = new Batcher<number, number>(send, 40);
      void batcher.add('A', 1);
      jest.advanceTimersByTime(10);
      void batcher.add('A', 2);
      jest.advanceTimersByTime(29);
      expect(calls).toHaveLength(0);
      jest.advanceTimersByTime(1);
      expect(calls.map((c) => c.items)).toEqual([[1, 2]]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps councils apart, and sends a full batch without waiting', async () => {
    const { calls, send } = graph();
    const batcher = new Batcher<number, number>(send, 0, 3);
    void batcher.add('A', 1);
    void batcher.add('B', 2);
    await tick();
    [3, 4, 5, 6].forEach((n) => void batcher.add('A', n));
    expect(calls.map((c) => [c.authority, c.items])).toEqual([
      ['A', [1]],
      ['B', [2]],
      ['A', [3, 4, 5]],
    ]);
  });

  it('a failed call fails every item in it; an answer of the wrong length too', async () => {
    const { calls, send } = graph();
    const batcher = new Batcher<number, number>(send, 0);
    const one = batcher.add('A', 1);
    const two = batcher.add('A', 2);
    await tick();
    calls[0].answer(new Error('the graph refused'));
    await expect(one).rejects.toThrow('the graph refused');
    await expect(two).rejects.toThrow('the graph refused');
    const three = batcher.add('A', 3);
    await tick();
    calls[1].answer([]);
    await expect(three).rejects.toThrow('answered 0 of 1');
  });
});
