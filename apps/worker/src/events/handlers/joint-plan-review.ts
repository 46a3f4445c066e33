import { ConsentPurpose, UnplannedTrigger, jointPlansAfterDeath, plansLosingConsent } from '@careplan/domain';
import { PlansJointWithPersonDocument, RequestUnplannedReviewDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/** The consents a plan may rest on (R7); the others (a joint assessment, sharing copies) rest no plan. */
const PLAN_CONSENTS: readonly ConsentPurpose[] = [ConsentPurpose.JOINT_PLAN, ConsentPurpose.COMBINED_PLAN];

/**
 * R7, R14: a joint or combined plan in force rests on consents and on a second person. When a consent it rested
 * on is withdrawn (and no other of the same stands), or the other person of a joint plan dies, the plan gets an
 * unplanned review (due in 14 days; trigger OTHER for a consent, CARER_CHANGE for a death), once while it is open,
 * so it is planned again without them. A plan not yet agreed needs no review: its content check names the consent.
 */
export const jointPlanReview = onEvent({
  name: 'joint-plan-review',
  handles: ['ConsentWithdrawn', 'PersonDied'],
  async handle(event, { graph, logger }) {
    if (event.type === 'ConsentWithdrawn' && !PLAN_CONSENTS.includes(event.data.purpose)) return;
    const { person, jointPlansOf: jointPlans } = await graph(PlansJointWithPersonDocument, { person: event.data.personId });
    if (!person) return;
    const [trigger, toReview, promptedByDeathOf] =
      event.type === 'ConsentWithdrawn'
        ? [UnplannedTrigger.OTHER, plansLosingConsent(event.data.purpose, { ...person, jointPlans }), null]
        : [UnplannedTrigger.CARER_CHANGE, person.dateOfDeath ? jointPlansAfterDeath(jointPlans, person.dateOfDeath) : [], event.data.personId];
    for (const { planId, details } of toReview) {
      const { requestUnplannedReview } = await graph(RequestUnplannedReviewDocument, { input: { planId, trigger, details, promptedByDeathOf } });
      logger.info({ personId: event.data.personId, planId, reviewId: requestUnplannedReview.id }, 'unplanned review of a plan that rested on a consent or person now gone');
    }
  },
});
