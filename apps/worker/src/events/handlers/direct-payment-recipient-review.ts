import { CapacityDecision, DIRECT_PAYMENT_RECIPIENT_KINDS, DirectPaymentStatus, UnplannedTrigger, isPlanInForce, recipientNoLongerFits } from '@careplan/domain';
import { DirectPaymentRecipientsDocument, RequestUnplannedReviewDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R12a: a direct payment goes to the person (or their nominee) while they can manage it, and to an authorised
 * person while they cannot. When a capacity assessment for managing one, or a recipient's relationship,
 * changes so that a payment in force no longer fits, the plan in force gets an unplanned review (trigger
 * OTHER, due in 14 days) to decide to whom it is paid: payments the person relies on are not stopped unseen.
 */
export const directPaymentRecipientReview = onEvent({
  name: 'direct-payment-recipient-review',
  handles: ['CapacityAssessed', 'RelationshipChanged'],
  async handle(event, { graph, logger }) {
    if (event.type === 'CapacityAssessed' && event.data.decision !== CapacityDecision.MANAGING_DIRECT_PAYMENT) return;
    if (event.type === 'RelationshipChanged' && !DIRECT_PAYMENT_RECIPIENT_KINDS.includes(event.data.kind)) return;
    const { person } = await graph(DirectPaymentRecipientsDocument, { person: event.data.personId });
    if (!person?.currentPlan || !isPlanInForce(person.currentPlan.status)) return;
    const reasons = person.directPayments
      .filter((dp) => dp.status !== DirectPaymentStatus.ENDED)
      .map((dp) =>
        recipientNoLongerFits({
          recipient: dp.recipient,
          personHasCapacity: person.capacityFor.hasCapacity ?? true,
          relationship: person.relationships.find((r) => r.id === dp.recipientRelationshipId) ?? null,
        }),
      )
      .filter((reason): reason is string => reason !== null);
    if (!reasons.length) return;
    const details = `A direct payment in force may no longer be paid as it was set up (R12a): ${[...new Set(reasons)].join('; ')}.`;
    const promptedByDeathOf = event.type === 'RelationshipChanged' ? (event.data.forDeathOf ?? null) : null;
    const { requestUnplannedReview } = await graph(RequestUnplannedReviewDocument, { input: { planId: person.currentPlan.id, trigger: UnplannedTrigger.OTHER, details, promptedByDeathOf } });
    logger.info({ personId: event.data.personId, reviewId: requestUnplannedReview.id }, 'unplanned review of a direct payment’s recipient');
  },
});
