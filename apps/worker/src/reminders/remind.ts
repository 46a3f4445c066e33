import type { Logger } from '@careplan/runtime';
import type { GraphCall } from '../events/service-graph';
import { RecordReminderDocument } from '../graph/generated';
import type { ReminderQueues, ReminderTiming } from './queues';
import { enqueueDelivery } from './sweep';

/** R18: records the reminder once (the reviews subgraph holds the unique key), then queues its deliveries. */
export async function remind(
  graph: GraphCall,
  queues: ReminderQueues,
  timing: ReminderTiming,
  job: { authority: string; reviewId: string; milestone: string; dueDate: string },
  logger: Logger,
): Promise<void> {
  const { recordReminder } = await graph(RecordReminderDocument, {
    review: job.reviewId,
    milestone: job.milestone,
    due: job.dueDate,
  });
  if (!recordReminder) {
    logger.info({ reviewId: job.reviewId, milestone: job.milestone }, 'reminder no longer applies');
    return;
  }
  for (const d of recordReminder.deliveries) if (d.state === 'PENDING') await enqueueDelivery(queues, timing, job.authority, d.id);
  logger.info({ reviewId: job.reviewId, reminderId: recordReminder.id, milestone: job.milestone }, 'reminder recorded');
}
