import { Column, Entity } from 'typeorm';
import type { FinancialAssessmentKind } from '@careplan/domain';
import { PersonRecord } from '@careplan/subgraph-kit';

/** The person's assessed weekly contribution; the latest applies. */
@Entity({ name: 'financial_assessment', schema: 'budgets' })
export class FinancialAssessment extends PersonRecord {
  @Column({ type: 'text' })
  kind!: FinancialAssessmentKind;

  @Column({ type: 'integer' })
  weeklyContributionPence!: number;

  @Column({ type: 'date' })
  assessedOn!: string;

  @Column({ type: 'text' })
  assessor!: string;
}
