import {
  ConsentPurpose,
  UnplannedTrigger,
  jointPeopleOfPlansEndedByDeath,
  jointPlansLosingOtherPerson,
  ownPlansAfterJointPlanEnded,
  plansLosingConsent,
  type DomainEvent,
  type PlanToReview,
} from '@careplan/domain';
import { MoverOfHandoverDocument, OwnPlansOfDocument, PlansJointWithPersonDocument, RequestUnplannedReviewDocument } from '../../graph/generated';
import type { GraphCall } from '../service-graph';
import { onEvent } from '../registry';

/** The consents a plan may rest on (R7); the others (a joint assessment, sharing copies) rest no plan. */
const PLAN_CONSENTS: readonly ConsentPurpose[] = [ConsentPurpose.JOINT_PLAN, ConsentPurpose.COMBINED_PLAN];

/** What a change takes from joint or combined plans: which to review, why, and as which council. */
interface Gone {
  graph: GraphCall;
  trigger: UnplannedTrigger;
  toReview: PlanToReview[];
  promptedByDeathOf: string | null;
}

/**
 * R7, R14: a joint or combined plan in force rests on consents and on a second person. When a consent it rested
 * on is withdrawn (and no other of the same stands), or the other person of a joint plan dies or moves to another
 * council's area, the plan gets an unplanned review (due in 14 days; trigger OTHER for a consent, CARER_CHANGE for
 * the other person), once while it is open, so it is planned again without them. A plan not yet agreed needs no
 * review: its content check names a consent withdrawn. When the person of a joint plan dies, the plan ends with
 * them, and its other person's own plans in force are reviewed (CARER_CHANGE) instead.
 */
export const jointPlanReview = onEvent({
  name: 'joint-plan-review',
  handles: ['ConsentWithdrawn', 'PersonDied', 'HandoverArrived'],
  async handle(event, { graph, graphFor, logger }) {
    const gone = await whatWent(event, graph, graphFor);
    if (!gone) return;
    for (const { planId, details } of gone.toReview) {
      const input = { planId, trigger: gone.trigger, details, promptedByDeathOf: gone.promptedByDeathOf };
      const { requestUnplannedReview } = await gone.graph(RequestUnplannedReviewDocument, { input });
      logger.info({ personId: event.data.personId, planId, reviewId: requestUnplannedReview.id }, 'unplanned review of a plan that rested on a consent or person now gone');
    }
  },
});

async function whatWent(event: DomainEvent<'ConsentWithdrawn' | 'PersonDied' | 'HandoverArrived'>, graph: GraphCall, graphFor: (authority: string) => GraphCall): Promise<Gone | null> {
  if (event.type === 'HandoverArrived') {
    // The sending council's joint plans whose other person moved out of its area, read and reviewed as that council.
    const sending = graphFor(event.data.fromAuthority);
    const { handover } = await sending(MoverOfHandoverDocument, { handover: event.data.handoverId });
    if (!handover?.person || handover.direction !== 'OUTGOING') return null;
    const { jointPlansOf } = await sending(PlansJointWithPersonDocument, { person: handover.person.id });
    const toReview = jointPlansLosingOtherPerson(jointPlansOf, `moved to the area of ${handover.toAuthority.name} on ${handover.moveDate}`);
    return { graph: sending, trigger: UnplannedTrigger.CARER_CHANGE, toReview, promptedByDeathOf: null };
  }
  if (event.type === 'ConsentWithdrawn' && !PLAN_CONSENTS.includes(event.data.purpose)) return null;
  const { person, jointPlansOf: jointPlans } = await graph(PlansJointWithPersonDocument, { person: event.data.personId });
  if (!person) return null;
  if (event.type === 'ConsentWithdrawn') return { graph, trigger: UnplannedTrigger.OTHER, toReview: plansLosingConsent(event.data.purpose, { ...person, jointPlans }), promptedByDeathOf: null };
  if (!person.dateOfDeath) return null;
  const toReview = jointPlansLosingOtherPerson(jointPlans, `died on ${person.dateOfDeath}`);
  for (const other of jointPeopleOfPlansEndedByDeath(person.plans)) {
    const { person: theirs } = await graph(OwnPlansOfDocument, { person: other });
    toReview.push(...ownPlansAfterJointPlanEnded(theirs?.plans ?? [], person.dateOfDeath));
  }
  return { graph, trigger: UnplannedTrigger.CARER_CHANGE, toReview, promptedByDeathOf: event.data.personId };
}
