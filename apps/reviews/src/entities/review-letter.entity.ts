import { Column, Entity } from 'typeorm';
import type { ReviewLetterKind } from '@careplan/domain';
import { IssuedLetter } from '@careplan/subgraph-kit';

/** A letter about a review as issued: the exact HTML the person received, in their format (R2b). */
@Entity({ name: 'review_letter', schema: 'reviews' })
export class ReviewLetter extends IssuedLetter {
  @Column({ type: 'uuid' })
  reviewId!: string;

  @Column({ type: 'text' })
  kind!: ReviewLetterKind;
}
