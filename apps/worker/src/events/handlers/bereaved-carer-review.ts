import { UnplannedTrigger, bereavedCarers, isPlanInForce } from '@careplan/domain';
import { BereavedCarersDocument, OwnPlansOfDocument, RequestUnplannedReviewDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R14: when a person dies, their unpaid carers' caring ends with them: each carer with a record of their own
 * here gets an unplanned review of their plans in force (trigger CARER_CHANGE, due in 14 days), once while it
 * is open. Nothing when the date of death has been removed since.
 */
export const bereavedCarerReview = onEvent({
  name: 'bereaved-carer-review',
  handles: ['PersonDied'],
  async handle({ data }, { graph, logger }) {
    const { person } = await graph(BereavedCarersDocument, { person: data.personId });
    if (!person?.dateOfDeath) return;
    const details = `The person they cared for died on ${person.dateOfDeath}.`;
    for (const carerId of bereavedCarers(person.relationships)) {
      const { person: carer } = await graph(OwnPlansOfDocument, { person: carerId });
      for (const plan of (carer?.plans ?? []).filter((p) => isPlanInForce(p.status))) {
        const input = { planId: plan.id, trigger: UnplannedTrigger.CARER_CHANGE, details, promptedByDeathOf: data.personId };
        const { requestUnplannedReview } = await graph(RequestUnplannedReviewDocument, { input });
        logger.info({ personId: data.personId, carerId, planId: plan.id, reviewId: requestUnplannedReview.id }, 'unplanned review of a bereaved carer’s plan');
      }
    }
  },
});
