import { ClosePlansOnDeathDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R17: once a person's date of death is recorded, their plans in force close on that day without a review;
 * each closure then ends its budget and direct payments (R12a) and cancels its open reviews. Closing again
 * closes nothing.
 */
export const closePlansOnDeath = onEvent({
  name: 'close-plans-on-death',
  handles: ['PersonDied'],
  async handle({ data }, { graph, logger }) {
    const { closePlansOnDeath } = await graph(ClosePlansOnDeathDocument, { input: { personId: data.personId } });
    logger.info({ personId: data.personId, closed: closePlansOnDeath.map((p) => p.id) }, 'plans ended on a death');
  },
});
