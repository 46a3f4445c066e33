import { assessmentsFollowDeath } from './events/handlers/assessments-follow-death';
import { bereavedCarerReview } from './events/handlers/bereaved-carer-review';
import { carerChangeReview } from './events/handlers/carer-change-review';
import { closePlanAfterReview } from './events/handlers/close-plan-after-review';
import { closePlansOnDeath } from './events/handlers/close-plans-on-death';
import { closePlansOnMove } from './events/handlers/close-plans-on-move';
import { correctPlansEndedByDeath } from './events/handlers/correct-plans-ended-by-death';
import { cancelReviewsOfEndedPlan } from './events/handlers/cancel-reviews-of-ended-plan';
import { directPaymentRecipientReview } from './events/handlers/direct-payment-recipient-review';
import { directPaymentReview } from './events/handlers/direct-payment-review';
import { endBudgetOfEndedPlan } from './events/handlers/end-budget-of-ended-plan';
import { firstPlannedReview } from './events/handlers/first-planned-review';
import { jointPlanReview } from './events/handlers/joint-plan-review';
import { nextDirectPaymentReview } from './events/handlers/next-direct-payment-review';
import { nextPlannedReview } from './events/handlers/next-planned-review';
import { planCopyInNewFormat } from './events/handlers/plan-copy-in-new-format';
import { planFollowsReview } from './events/handlers/plan-follows-review';
import { produceClientLevelDataReturn } from './events/handlers/produce-client-level-data-return';
import { projectAnalytics } from './events/handlers/project-analytics';
import { reassessedPlanReview } from './events/handlers/reassessed-plan-review';
import { reinstateBudgetOfPlan } from './events/handlers/reinstate-budget-of-plan';
import { reinstatePlansEndedByDeath } from './events/handlers/reinstate-plans-ended-by-death';
import { reinstateReviewsOfPlan } from './events/handlers/reinstate-reviews-of-plan';
import { withdrawReviewsPromptedByDeath } from './events/handlers/withdraw-reviews-prompted-by-death';
import type { EventHandler } from './events/registry';

/** Every domain-event handler the worker runs, one per file under events/handlers. */
export const handlers: EventHandler[] = [firstPlannedReview, nextPlannedReview, directPaymentReview, directPaymentRecipientReview, nextDirectPaymentReview, cancelReviewsOfEndedPlan, carerChangeReview, bereavedCarerReview, jointPlanReview, reassessedPlanReview, endBudgetOfEndedPlan, planCopyInNewFormat, planFollowsReview, closePlanAfterReview, closePlansOnDeath, correctPlansEndedByDeath, assessmentsFollowDeath, reinstatePlansEndedByDeath, reinstateBudgetOfPlan, reinstateReviewsOfPlan, withdrawReviewsPromptedByDeath, closePlansOnMove, projectAnalytics, produceClientLevelDataReturn];
