import { CorrectPlansEndedByDeathDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R17: a person's date of death was corrected, so the plans the death ended end on the day the record now holds;
 * each then moves its budget's end and its direct payments' with it. Again, it moves nothing.
 */
export const correctPlansEndedByDeath = onEvent({
  name: 'correct-plans-ended-by-death',
  handles: ['DateOfDeathCorrected'],
  async handle({ data }, { graph, logger }) {
    const { correctPlansEndedByDeath } = await graph(CorrectPlansEndedByDeathDocument, { input: { personId: data.personId } });
    logger.info({ personId: data.personId, corrected: correctPlansEndedByDeath.map((p) => p.id) }, 'plans ended by a death moved to the corrected date');
  },
});
