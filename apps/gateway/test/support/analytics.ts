import { until } from '@careplan/testing';
import { handlers } from '@careplan/worker';
import type { Stack } from './stack';

/** The subgraphs whose outboxes carry events the analytics projection follows. */
const EVENT_OWNERS = ['people', 'assessments', 'plans', 'budgets', 'reviews'];

/** Waits until the worker has projected into the read model every event analytics follows of the council. */
export async function analyticsCaughtUp(stack: Stack, authority: string): Promise<void> {
  await stack.settle();
  const followed = handlers.find((h) => h.name === 'project-analytics')!.handles;
  let expected = 0;
  for (const schema of EVENT_OWNERS) {
    const [row] = await stack.db.asAdmin<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.outbox WHERE authority_code = $1 AND type = ANY($2)`, [authority, followed]);
    expected += row.n;
  }
  await until(async () => (await stack.db.asAdmin<{ n: number }>(`SELECT count(*)::int AS n FROM analytics.fact_event WHERE authority_code = $1`, [authority]))[0].n >= expected, 60_000);
}
