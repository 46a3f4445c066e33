import { Column, Entity } from 'typeorm';
import { IssuedLetter } from '@careplan/subgraph-kit';

/** R17: the letter telling the person their plan closed after a review, as issued in their format (R2b). */
@Entity({ name: 'plan_closure_letter', schema: 'plans' })
export class PlanClosureLetter extends IssuedLetter {
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'uuid' })
  reviewId!: string;
}
