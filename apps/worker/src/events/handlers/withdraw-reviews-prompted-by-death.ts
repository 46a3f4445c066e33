import { WithdrawReviewsPromptedByDeathDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R14: a date of death removed as recorded in error takes back the unplanned reviews the death prompted — of the
 * people the person cared for, their carers, the other side of their joint plans, and whom a direct payment went
 * through — each not yet started is cancelled, saying why; one started is left for the practitioner to complete.
 */
export const withdrawReviewsPromptedByDeath = onEvent({
  name: 'withdraw-reviews-prompted-by-death',
  handles: ['DateOfDeathRemoved'],
  async handle({ data }, { graph, logger }) {
    const { withdrawReviewsPromptedByDeath } = await graph(WithdrawReviewsPromptedByDeathDocument, { input: { personId: data.personId } });
    logger.info({ personId: data.personId, withdrawn: withdrawReviewsPromptedByDeath.map((r) => r.id) }, 'reviews a death recorded in error prompted withdrawn');
  },
});
