import { ReviewState } from '../enums';
import { Conflict, RuleViolation } from '../errors';
import { RequestDecision } from './request';

/**
 * How a review is carried out. Finer than the assessment's method (phone and video apart), so either
 * grouping can be derived for reporting.
 */
export enum ReviewMethod {
  FACE_TO_FACE = 'FACE_TO_FACE',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
  SUPPORTED_SELF_REVIEW = 'SUPPORTED_SELF_REVIEW',
}

/**
 * R16 (R1): a review starts once it is open, any request for it has been accepted, and the way it is
 * carried out has been agreed with the person, who is involved in their review.
 */
export function assertCanStartReview(review: { state: ReviewState; requestDecision: RequestDecision | null }, methodAgreedWithPerson: boolean): void {
  if (review.state === ReviewState.IN_PROGRESS) throw new Conflict('the review has already started');
  if (review.state !== ReviewState.OPEN) throw new Conflict('the review is closed');
  if (review.requestDecision === RequestDecision.PENDING) throw new Conflict('decide the request for this review before starting it');
  if (!methodAgreedWithPerson) throw new RuleViolation('R16', 'agree with the person how the review will be carried out before starting it (R1: the person is involved in their review)');
}

/** What a review found is recorded, and the review completed, only while it is in progress. */
export function assertReviewInProgress(state: ReviewState, action: string): void {
  if (state === ReviewState.OPEN) throw new Conflict(`start the review, with the method agreed with the person, before you ${action}`);
  if (state !== ReviewState.IN_PROGRESS) throw new Conflict('the review is already closed');
}
