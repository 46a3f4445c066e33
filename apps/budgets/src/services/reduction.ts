import { AssessmentStatus, assertReassessmentForReduction, assertReductionJustified } from '@careplan/domain';
import { askGraph, isUuid, type SubgraphContext } from '@careplan/subgraph-kit';
import type { PersonalBudget } from '../entities/personal-budget.entity';
import { ReassessmentDocument } from '../graph/generated';

/**
 * R12, wherever a lower amount replaces the one in force (a change, or a revised plan's budget): a linked
 * reassessment of the person completed since that budget was set — not the assessment it rested on — and
 * a written explanation.
 */
export async function assertReductionAllowed(
  ctx: SubgraphContext,
  inForce: PersonalBudget,
  newWeeklyPence: number,
  why: { reassessmentId?: string | null; explanation?: string | null; basedOnAssessmentId: string | null },
): Promise<void> {
  if (inForce.finalWeeklyPence === null || newWeeklyPence >= inForce.finalWeeklyPence) return;
  assertReductionJustified(inForce.finalWeeklyPence, newWeeklyPence, why);
  const { assessment } = isUuid(why.reassessmentId) ? await askGraph(ctx, ReassessmentDocument, { id: why.reassessmentId }) : { assessment: null };
  assertReassessmentForReduction(
    assessment && { id: assessment.id, personId: assessment.person.id, completed: assessment.status === AssessmentStatus.COMPLETED, completedOn: assessment.completedOn },
    { personId: inForce.personId, setOn: inForce.finalisedOn, basedOnAssessmentId: why.basedOnAssessmentId },
  );
}
