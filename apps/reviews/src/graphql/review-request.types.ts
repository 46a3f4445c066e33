import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RequestDecision, ReviewLetterKind, ReviewRequester, UnplannedTrigger } from '@careplan/domain';
import { IssuedLetterFields } from '@careplan/subgraph-kit';

registerEnumType(ReviewRequester, { name: 'ReviewRequester', description: 'R15: who asked for a review.' });
registerEnumType(RequestDecision, { name: 'RequestDecision', description: 'R15: where a request for a review stands.' });
registerEnumType(ReviewLetterKind, { name: 'ReviewLetterKind' });

@InputType('RequestUnplannedReviewInput', { description: 'R14: a review after a change.' })
export class RequestUnplannedReviewInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => UnplannedTrigger)
  trigger!: UnplannedTrigger;

  @Field(() => String, { nullable: true, description: 'What changed; required for OTHER.' })
  details?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today to 3 months ahead; default 14 days from today.' })
  dueDate?: string | null;
}

@InputType('RecordReviewRequestInput', { description: 'R15: the person, a carer or an advocate asked for a review.' })
export class RecordReviewRequestInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ReviewRequester)
  requestedBy!: ReviewRequester;

  @Field(() => String, { nullable: true, description: 'The carer or advocate who asked, as on the person’s record; needed only when they have more than one.' })
  requesterName?: string | null;

  @Field({ description: 'YYYY-MM-DD the request was made; not in the future.' })
  requestedOn!: string;

  @Field({ description: 'What was asked for, and why.' })
  details!: string;
}

@InputType('DecideReviewRequestInput', { description: 'R15: accept a request (with a due date) or refuse it with written reasons.' })
export class DecideReviewRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  accept!: boolean;

  @Field(() => String, { nullable: true, description: 'Required to refuse: they are sent to the person as a letter.' })
  reasons?: string | null;

  @Field(() => String, { nullable: true, description: 'On acceptance, YYYY-MM-DD, today to 3 months ahead; default 28 days after the request.' })
  dueDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'On refusal, copy the letter to the person’s independent advocate, at their request.' })
  copyToAdvocate?: boolean | null;
}

@ObjectType('ReviewRequest', { description: 'R15: who asked for the review, and the decision.' })
export class ReviewRequestType {
  @Field(() => ReviewRequester)
  requestedBy!: ReviewRequester;

  @Field(() => String, { nullable: true, description: 'The carer or advocate who asked.' })
  requesterName!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  requestedOn!: string;

  @Field(() => RequestDecision)
  decision!: RequestDecision;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  decidedOn!: string | null;

  @Field(() => String, { nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, when refused (sent to the person) or given on acceptance.' })
  reasons!: string | null;
}

@ObjectType('ReviewLetter', { description: 'A letter about a review, as issued in the person’s format (R2b).' })
export class ReviewLetterType extends IssuedLetterFields {
  @Field(() => ReviewLetterKind)
  kind!: ReviewLetterKind;
}
