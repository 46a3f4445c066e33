import { Column, Entity } from 'typeorm';
import type { ConditionResult, EligibilityFacts, EligibilityFramework } from '@careplan/domain';
import { TenantEntity } from '@careplan/subgraph-kit';

/** A determination as made: its inputs, result, rule path and rationale, and who decided. Never edited. */
@Entity({ name: 'eligibility_determination', schema: 'assessments' })
export class EligibilityDetermination extends TenantEntity {
  @Column({ type: 'uuid' })
  assessmentId!: string;

  @Column({ type: 'text' })
  framework!: EligibilityFramework;

  @Column({ type: 'jsonb' })
  inputs!: EligibilityFacts;

  @Column({ type: 'boolean' })
  eligible!: boolean;

  @Column({ type: 'boolean' })
  eligibleIfCarerStopped!: boolean;

  @Column({ type: 'text', array: true })
  eligibleNeeds!: string[];

  @Column({ type: 'text', array: true })
  councilMustMeet!: string[];

  @Column({ type: 'jsonb' })
  path!: ConditionResult[];

  @Column({ type: 'text', nullable: true })
  failedCondition!: string | null;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ type: 'text', nullable: true })
  practitionerNote!: string | null;

  @Column({ type: 'text' })
  decidedBy!: string;
}
