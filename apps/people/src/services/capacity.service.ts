import { BadUserInput, LocalDate, capacityFor, type CapacityAnswer, type CapacityDecision } from '@careplan/domain';
import { loadVisibleBy, type SubgraphContext } from '@careplan/subgraph-kit';
import { CapacityAssessment } from '../entities/capacity-assessment.entity';
import type { RecordCapacityAssessmentInput } from '../graphql/involvement.types';
import { personForWrite } from './person-access';
import { PractitionerService } from './practitioner.service';

/** R2: capacity assessments, one decision each; capacity is presumed where none exists. */
export class CapacityService {
  constructor(private readonly ctx: SubgraphContext) {}

  forPerson(personId: string): Promise<CapacityAssessment[]> {
    return loadVisibleBy(this.ctx, CapacityAssessment, 'personId', personId);
  }

  async capacityFor(personId: string, decision: CapacityDecision): Promise<CapacityAnswer<CapacityAssessment & { recordedAt: Date }>> {
    const rows = await this.forPerson(personId);
    return capacityFor(rows.map((r) => ({ ...r, recordedAt: r.createdAt })), decision);
  }

  async record(input: RecordCapacityAssessmentInput): Promise<CapacityAssessment> {
    const person = await personForWrite(this.ctx, input.personId);
    const assessedOn = LocalDate.parse(input.assessedOn, 'assessedOn');
    if (assessedOn.isAfter(LocalDate.today())) throw new BadUserInput('assessedOn', 'assessedOn must not be in the future');
    if (assessedOn.isBefore(LocalDate.parse(person.dateOfBirth))) throw new BadUserInput('assessedOn', 'assessedOn must not be before the person was born');
    const assessorName = input.assessorName.trim().replace(/\s+/g, ' ');
    if (!assessorName || assessorName.length > 200) throw new BadUserInput('assessorName', 'name the assessor (1 to 200 characters)');
    if (input.assessorPractitionerId && !(await new PractitionerService(this.ctx).get(input.assessorPractitionerId))) {
      throw new BadUserInput('assessorPractitionerId', 'no such practitioner in your authority');
    }
    const manager = await this.ctx.db.manager();
    const row = await manager.save(
      manager.create(CapacityAssessment, {
        authorityCode: person.authorityCode,
        personId: person.id,
        decision: input.decision,
        assessedOn: assessedOn.toString(),
        outcome: input.outcome,
        assessorName,
        assessorPractitionerId: input.assessorPractitionerId ?? null,
        notes: input.notes?.trim() || null,
      }),
    );
    await this.ctx.outbox.record('CapacityAssessed', { personId: person.id, capacityAssessmentId: row.id, decision: row.decision });
    return row;
  }
}
