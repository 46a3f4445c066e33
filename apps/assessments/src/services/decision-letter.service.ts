import { AssessmentStatus, BadUserInput, DecisionLetterKind, LocalDate, advocateCopy, needWords, parseAdvice, renderDecisionLetter } from '@careplan/domain';
import { askGraph, callerNation, manyBy, type SubgraphContext, issuedDocumentColumns } from '@careplan/subgraph-kit';
import { LetterFactsDocument } from '../graph/generated';
import { DecisionLetterRecord } from '../entities/decision-letter.entity';
import type { IssueDecisionLetterInput } from '../graphql/types';
import { AssessmentService } from './assessment.service';
import { NeedService } from './need.service';

/**
 * R4: when needs are not eligible, or eligible needs will not be met, the person gets written reasons and
 * advice specific to their needs, in their format (R2b), copied to their advocate when they ask.
 */
export class DecisionLetterService {
  constructor(private readonly ctx: SubgraphContext) {}

  forAssessment(assessmentId: string): Promise<DecisionLetterRecord[]> {
    return manyBy(this.ctx, DecisionLetterRecord, 'assessmentId').load(assessmentId);
  }

  async issue(input: IssueDecisionLetterInput): Promise<DecisionLetterRecord> {
    const assessments = new AssessmentService(this.ctx);
    const assessment = await assessments.forChange(input.assessmentId, 'assessmentId');
    if (assessment.status !== AssessmentStatus.COMPLETED) throw new BadUserInput('assessmentId', 'a decision letter follows a completed assessment');
    const determination = (await assessments.eligibility(assessment.id))!;
    if (input.kind === DecisionLetterKind.NOT_ELIGIBLE && determination.eligible) {
      throw new BadUserInput('kind', 'the determination found eligible needs; use ELIGIBLE_NEEDS_NOT_MET for needs the council will not meet');
    }
    if (input.kind === DecisionLetterKind.ELIGIBLE_NEEDS_NOT_MET && !determination.eligible) {
      throw new BadUserInput('kind', 'the determination found no eligible needs; this is a NOT_ELIGIBLE letter');
    }
    const reasons = input.reasons.normalize('NFC').trim();
    if (reasons.length < 20 || reasons.length > 8000) throw new BadUserInput('reasons', 'give the reasons for the decision (20 to 8000 characters)');
    const needs = await new NeedService(this.ctx).forAssessment(assessment.id);
    const { person } = await askGraph(this.ctx, LetterFactsDocument, { id: assessment.personId });
    if (!person) throw new Error(`the person of assessment ${assessment.id} is not visible in the graph`);
    const advice = parseAdvice(input.advice, [...new Set(needs.map((n) => n.outcome))], { postOnly: person.communicationNeeds?.postOnly ?? false });
    const copiesTo = advocateCopy(input.copyToAdvocate, person.advocacy.advocate);
    const issuedOn = LocalDate.today().toString();
    const rendered = renderDecisionLetter(
      {
        kind: input.kind,
        council: person.authority.name,
        nation: callerNation(this.ctx),
        addressee: person.preferredName ?? person.givenName,
        decidedOn: issuedOn,
        reasons,
        advice,
        copiesTo,
        needLabel: needWords,
      },
      person.communicationNeeds ?? { formats: [] },
    );
    const manager = await this.ctx.db.manager();
    const letter = await manager.save(
      manager.create(DecisionLetterRecord, {
        authorityCode: assessment.authorityCode,
        assessmentId: assessment.id,
        kind: input.kind,
        reasons,
        advice,
        copiesTo,
        ...issuedDocumentColumns(rendered, issuedOn, this.ctx.identity.userId),
      }),
    );
    await this.ctx.outbox.record('DecisionLetterIssued', { assessmentId: assessment.id, personId: assessment.personId, letterId: letter.id, kind: letter.kind });
    return letter;
  }
}
