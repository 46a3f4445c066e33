import { BadUserInput, assertAssessmentEditable, eligibilityFramework, parseNeed, AssessmentKind } from '@careplan/domain';
import { byId, callerNation, manyBy, updateVersioned, type SubgraphContext } from '@careplan/subgraph-kit';
import { Need } from '../entities/need.entity';
import type { NeedsAssessment } from '../entities/needs-assessment.entity';
import type { RecordNeedInput, UpdateNeedInput } from '../graphql/types';
import { AssessmentService } from './assessment.service';

/** Needs recorded in an assessment, validated against the person's nation's criteria. */
export class NeedService {
  constructor(private readonly ctx: SubgraphContext) {}

  forAssessment(assessmentId: string): Promise<Need[]> {
    return manyBy(this.ctx, Need, 'assessmentId').load(assessmentId);
  }

  private parse(assessment: NeedsAssessment, input: RecordNeedInput | UpdateNeedInput) {
    assertAssessmentEditable(assessment.status);
    return parseNeed(eligibilityFramework(callerNation(this.ctx), assessment.kind === AssessmentKind.CARER), input);
  }

  async record(input: RecordNeedInput): Promise<Need> {
    const assessment = await new AssessmentService(this.ctx).forChange(input.assessmentId, 'assessmentId');
    const need = this.parse(assessment, input);
    const manager = await this.ctx.db.manager();
    return manager.save(manager.create(Need, { authorityCode: assessment.authorityCode, assessmentId: assessment.id, ...need }));
  }

  async update(input: UpdateNeedInput): Promise<Need> {
    const existing = await byId(this.ctx, Need).load(input.id);
    if (!existing) throw new BadUserInput('id', 'no such need in your authority');
    const assessment = await new AssessmentService(this.ctx).forChange(existing.assessmentId);
    return updateVersioned(this.ctx, Need, 'Need', input.id, input.version, this.parse(assessment, input));
  }
}
