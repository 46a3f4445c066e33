import { UnplannedTrigger, planToReviewAfterReassessment } from '@careplan/domain';
import { AssessedPlanDocument, RequestUnplannedReviewDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R14, R5(c): an assessment reopened and completed again may change the eligible needs a plan in force meets.
 * When the plan's support no longer matches them, it gets an unplanned review (trigger CHANGE_IN_NEED_REPORTED,
 * due in 14 days, once while it is open) so it is revised. A first completion has no plan drawn from it yet.
 */
export const reassessedPlanReview = onEvent({
  name: 'reassessed-plan-review',
  handles: ['AssessmentCompleted'],
  async handle({ data }, { graph, logger }) {
    const { assessment } = await graph(AssessedPlanDocument, { assessment: data.assessmentId });
    const toReview = assessment && planToReviewAfterReassessment({ ...assessment, relationships: assessment.person.relationships });
    if (!toReview) return;
    const input = { planId: toReview.planId, trigger: UnplannedTrigger.CHANGE_IN_NEED_REPORTED, details: toReview.details };
    const { requestUnplannedReview } = await graph(RequestUnplannedReviewDocument, { input });
    logger.info({ assessmentId: data.assessmentId, planId: toReview.planId, reviewId: requestUnplannedReview.id }, 'unplanned review of a plan whose assessment changed');
  },
});
