import type { Job } from 'bullmq';
import { inSpan } from '@careplan/runtime';

/** A job processor whose work (and the graph calls it makes) is one trace, named for the job. */
export function traced<J extends Job, R>(process: (job: J) => Promise<R>): (job: J) => Promise<R> {
  return (job) => inSpan('worker', job.name, () => process(job));
}
