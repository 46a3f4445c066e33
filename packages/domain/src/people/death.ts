import { ReviewState } from '../enums';

/** The words the system records for what a person's death ended: a plan, an assessment, a move. */
export function diedOnWords(diedOn: string | null): string {
  return `The person died on ${diedOn}.`;
}

/**
 * R14: an unplanned review a person's death prompted (a carer's, or the other side of a joint plan) is withdrawn
 * once that death is found recorded in error — unless it has started: then it is the practitioner's to complete.
 */
export function withdrawnWithDeath(review: { state: ReviewState }): boolean {
  return review.state === ReviewState.OPEN;
}

/**
 * R14: the death an open unplanned review answers when the same kind of change is reported again. Once another
 * change (or another death) wants it too, it answers no one death, so removing one recorded in error leaves it.
 */
export function promptedByDeathAfter(review: { promptedByDeathOf: string | null }, reportedForDeathOf: string | null): string | null {
  return review.promptedByDeathOf === reportedForDeathOf ? review.promptedByDeathOf : null;
}

/** Why such a review was withdrawn, in its words. */
export function deathRemovedWords(removedOn: string): string {
  return `The death that prompted this review was recorded in error: the date of death was removed from the record on ${removedOn}.`;
}
