import {
  BadUserInput,
  Conflict,
  LocalDate,
  RequestDecision,
  ReviewKind,
  ReviewLetterKind,
  ReviewRequester,
  ReviewState,
  assertPlanInForce,
  parseRequestDecision,
  parseReviewRequest,
  parseUnplannedReview,
  promptedByDeathAfter,
  refusalCopies,
  renderRequestRefusalLetter,
  requestedReviewDue,
  requesterName,
  type RelationshipKind,
} from '@careplan/domain';
import { askGraph, callerNation, isUuid, loadForChange, manyBy, updateVersioned, type SubgraphContext, issuedDocumentColumns } from '@careplan/subgraph-kit';
import { PeopleAroundDocument, RefusalLetterFactsDocument } from '../graph/generated';
import { In } from 'typeorm';
import { Review } from '../entities/review.entity';
import { ReviewLetter } from '../entities/review-letter.entity';
import type { DecideReviewRequestInput, RecordReviewRequestInput, RequestUnplannedReviewInput } from '../graphql/review-request.types';
import { ReviewService } from './review.service';

/** Reviews that are asked for: after a change (R14), or by the person, a carer or an advocate (R15). */
export class ReviewRequestService {
  constructor(private readonly ctx: SubgraphContext) {}

  letters(reviewId: string): Promise<ReviewLetter[]> {
    return manyBy(this.ctx, ReviewLetter, 'reviewId').load(reviewId);
  }

  /**
   * R14: an unplanned review of a plan in force after a change. A second report of the same kind of
   * change while its review is open is that review, returned unchanged: one review answers it, and a
   * caller or a retried job asking again gets the same answer instead of an error. Only the death it
   * answers is let go when another change asks for it too, so that removing the death leaves it.
   */
  async requestUnplanned(input: RequestUnplannedReviewInput): Promise<Review> {
    const unplanned = parseUnplannedReview(input, LocalDate.today());
    if (input.promptedByDeathOf && !isUuid(input.promptedByDeathOf)) throw new BadUserInput('promptedByDeathOf', 'promptedByDeathOf must be an id this API issued');
    const reviews = new ReviewService(this.ctx);
    const plan = await reviews.planFor(input.planId);
    assertPlanInForce(plan.status);
    const openOne = async () =>
      (await this.ctx.db.manager()).findOneBy(Review, {
        authorityCode: this.ctx.identity.authority,
        planId: plan.id,
        kind: ReviewKind.UNPLANNED,
        trigger: unplanned.trigger,
        state: In([ReviewState.OPEN, ReviewState.IN_PROGRESS]),
      });
    const open = await openOne();
    if (open) {
      this.ctx.audit.read(open.personId);
      const promptedByDeathOf = promptedByDeathAfter(open, input.promptedByDeathOf ?? null);
      if (promptedByDeathOf === open.promptedByDeathOf) return open;
      this.ctx.audit.wrote(open.personId);
      return updateVersioned(this.ctx, Review, 'Review', open.id, open.version, { promptedByDeathOf });
    }
    const fields = { trigger: unplanned.trigger, details: unplanned.details, promptedByDeathOf: input.promptedByDeathOf ?? null };
    const review = await reviews.createOnce(plan, ReviewKind.UNPLANNED, unplanned.dueDate, fields, openOne);
    if (!review) throw new Error('an unplanned review conflicted on its unique index and could not be found');
    return review;
  }

  /** R15: records a request for a review of a plan in force; it awaits a decision and is due a reasonable time after it was made. */
  async record(input: RecordReviewRequestInput): Promise<Review> {
    const request = parseReviewRequest(input, LocalDate.today());
    const reviews = new ReviewService(this.ctx);
    const plan = await reviews.planFor(input.planId);
    assertPlanInForce(plan.status);
    const around = request.requestedBy === ReviewRequester.PERSON ? [] : await this.relationships(plan.person.id);
    return reviews.create(plan, ReviewKind.REQUESTED, requestedReviewDue(request.requestedOn), {
      requestedBy: request.requestedBy,
      requesterName: requesterName(request.requestedBy, input.requesterName, around),
      requestedOn: request.requestedOn.toString(),
      details: request.details,
      requestDecision: RequestDecision.PENDING,
    });
  }

  /**
   * R15: accepting sets when the review is due; refusing needs written reasons, sent to the person as a
   * letter in their format (R2b), copied to whoever asked for them and to their advocate when they ask.
   */
  async decide(input: DecideReviewRequestInput): Promise<Review> {
    const review = await loadForChange(this.ctx, Review, input.id, 'id', 'a review');
    if (review.kind !== ReviewKind.REQUESTED) throw new BadUserInput('id', 'only a requested review has a request to decide');
    if (review.requestDecision !== RequestDecision.PENDING) throw new Conflict('the request has already been decided');
    const today = LocalDate.today();
    const decision = parseRequestDecision(input, LocalDate.parse(review.requestedOn!), today);
    const decided = { decidedOn: today.toString(), decidedBy: this.ctx.identity.userId, decisionReasons: decision.reasons };
    const event = { reviewId: review.id, planId: review.planId, personId: review.personId };
    if (input.accept) {
      const accepted = await updateVersioned(this.ctx, Review, 'Review', review.id, input.version, {
        ...decided,
        requestDecision: RequestDecision.ACCEPTED,
        dueDate: decision.dueDate!.toString(),
      });
      await this.ctx.outbox.record('ReviewRequestAccepted', { ...event, dueDate: accepted.dueDate });
      return accepted;
    }
    const { person } = await askGraph(this.ctx, RefusalLetterFactsDocument, { id: review.personId });
    if (!person) throw new Error(`the person of review ${review.id} is not visible in the graph`);
    const copiesTo = refusalCopies(review.requestedBy!, review.requesterName, input.copyToAdvocate, person.advocacy.advocate);
    const rendered = renderRequestRefusalLetter(
      {
        council: person.authority.name,
        nation: callerNation(this.ctx),
        addressee: person.preferredName ?? person.givenName,
        decidedOn: decided.decidedOn,
        requestedOn: review.requestedOn!,
        requestedBy: review.requestedBy!,
        requesterName: review.requesterName,
        reasons: decision.reasons!,
        copiesTo,
      },
      person.communicationNeeds ?? { formats: [] },
    );
    const refused = await updateVersioned(this.ctx, Review, 'Review', review.id, input.version, {
      ...decided,
      requestDecision: RequestDecision.REFUSED,
      state: ReviewState.REFUSED,
    });
    const manager = await this.ctx.db.manager();
    const letter = await manager.save(
      manager.create(ReviewLetter, {
        authorityCode: review.authorityCode,
        reviewId: review.id,
        kind: ReviewLetterKind.REQUEST_REFUSED,
        copiesTo,
        ...issuedDocumentColumns(rendered, decided.decidedOn, this.ctx.identity.userId),
      }),
    );
    await this.ctx.outbox.record('ReviewRequestRefused', { ...event, letterId: letter.id });
    return refused;
  }

  /** The carers, advocates and others currently around the person, as the people subgraph records them. */
  private async relationships(personId: string): Promise<Array<{ kind: RelationshipKind; name: string }>> {
    const { person } = await askGraph(this.ctx, PeopleAroundDocument, { id: personId });
    return person?.relationships ?? [];
  }
}
