import { AssessmentStatus, BadUserInput, LocalDate } from '@careplan/domain';
import { loadVisible, loadVisibleBy, lookupInGraph, type SubgraphContext } from '@careplan/subgraph-kit';
import { NeedsAssessment } from '../entities/needs-assessment.entity';
import type { CreateAssessmentInput } from '../graphql/types';

export class AssessmentService {
  constructor(private readonly ctx: SubgraphContext) {}

  get(id: string): Promise<NeedsAssessment | null> {
    return loadVisible(this.ctx, NeedsAssessment, id);
  }

  forPerson(personId: string): Promise<NeedsAssessment[]> {
    return loadVisibleBy(this.ctx, NeedsAssessment, 'personId', personId);
  }

  async request(input: CreateAssessmentInput): Promise<NeedsAssessment> {
    const today = LocalDate.today();
    const requestedOn = input.requestedOn ? LocalDate.parse(input.requestedOn, 'requestedOn') : today;
    if (requestedOn.isAfter(today)) throw new BadUserInput('requestedOn', 'requestedOn must not be in the future');
    await lookupInGraph(this.ctx, 'person', input.personId, 'personId');
    const manager = await this.ctx.db.manager();
    const assessment = await manager.save(
      manager.create(NeedsAssessment, {
        authorityCode: this.ctx.identity.authority,
        personId: input.personId,
        kind: input.kind,
        status: AssessmentStatus.REQUESTED,
        requestedOn: requestedOn.toString(),
      }),
    );
    this.ctx.audit.wrote(assessment.personId);
    await this.ctx.outbox.record('AssessmentRequested', { assessmentId: assessment.id, personId: assessment.personId });
    return assessment;
  }
}
