import { AssessmentStatus } from '../enums';
import { Conflict } from '../errors';
import { diedOnWords } from '../people/death';

/** How the assessment was carried out (CLD assessment method). */
export enum AssessmentMethod {
  FACE_TO_FACE = 'FACE_TO_FACE',
  PHONE_OR_VIDEO = 'PHONE_OR_VIDEO',
  SUPPORTED_SELF_ASSESSMENT = 'SUPPORTED_SELF_ASSESSMENT',
  OTHER = 'OTHER',
}

/** The CLD event outcome of a completed assessment: what happens next. */
export enum AssessmentEventOutcome {
  PROGRESS_TO_CARE_AND_SUPPORT_PLANNING = 'PROGRESS_TO_CARE_AND_SUPPORT_PLANNING',
  PROGRESS_TO_FINANCIAL_ASSESSMENT = 'PROGRESS_TO_FINANCIAL_ASSESSMENT',
  PROGRESS_TO_REABLEMENT = 'PROGRESS_TO_REABLEMENT',
  NO_SERVICES_UNIVERSAL_OR_SIGNPOSTED = 'NO_SERVICES_UNIVERSAL_OR_SIGNPOSTED',
  NO_SERVICES_NEEDS_MET_BY_CARER = 'NO_SERVICES_NEEDS_MET_BY_CARER',
  NO_SERVICES_OTHER_REASON = 'NO_SERVICES_OTHER_REASON',
  NHS_FUNDED_CARE = 'NHS_FUNDED_CARE',
  SELF_FUNDED = 'SELF_FUNDED',
}

const NEXT: Record<AssessmentStatus, readonly AssessmentStatus[]> = {
  REQUESTED: [AssessmentStatus.IN_PROGRESS, AssessmentStatus.WITHDRAWN],
  IN_PROGRESS: [AssessmentStatus.COMPLETED, AssessmentStatus.WITHDRAWN],
  // Reopening a completed assessment is the only way to change it; the determination is then made again.
  COMPLETED: [AssessmentStatus.IN_PROGRESS],
  WITHDRAWN: [],
};

const VERB: Record<AssessmentStatus, string> = {
  REQUESTED: 'request',
  IN_PROGRESS: 'start or reopen',
  COMPLETED: 'complete',
  WITHDRAWN: 'withdraw',
};

/** Refuses a step the lifecycle does not allow, as a CONFLICT with the state it is in. */
export function assertAssessmentTransition(from: AssessmentStatus, to: AssessmentStatus): void {
  if (!NEXT[from].includes(to)) throw new Conflict(`cannot ${VERB[to]} an assessment that is ${from.toLowerCase().replace('_', ' ')}`);
}

/** Needs and involvement change only while the assessment is in progress. */
export function assertAssessmentEditable(status: AssessmentStatus): void {
  if (status === AssessmentStatus.REQUESTED) throw new Conflict('start the assessment before recording needs');
  if (status === AssessmentStatus.COMPLETED) throw new Conflict('the assessment is completed; reopen it to change it');
  if (status === AssessmentStatus.WITHDRAWN) throw new Conflict('the assessment was withdrawn');
}

/** Nothing is assessed for a person whose date of death is recorded: CONFLICT naming the date. */
export function assertPersonToAssess(person: { dateOfDeath: string | null }): void {
  if (person.dateOfDeath) throw new Conflict(`the person died on ${person.dateOfDeath}: there is no assessment to make`);
}

type DeathFacts = { status: AssessmentStatus; withdrawnOn: string | null; withdrawnReason: string | null; withdrawnFrom: AssessmentStatus | null };

/**
 * What the person's date of death, as their record now holds it, makes of an assessment. Recorded: one not yet
 * completed is withdrawn on that day (keeping the status it had), and one a death withdrew moves to that day if
 * it was corrected. Removed as recorded in error: one a death withdrew returns to the status it had. Null when
 * nothing changes, so asking again changes nothing.
 */
export function assessmentAfterDeath(
  a: DeathFacts,
  dateOfDeath: string | null,
): { change: 'WITHDRAW' | 'REDATE' | 'REINSTATE'; to: Omit<DeathFacts, 'status'> & { status?: AssessmentStatus } } | null {
  const byDeath = a.status === AssessmentStatus.WITHDRAWN && a.withdrawnFrom !== null;
  if (!dateOfDeath) return byDeath ? { change: 'REINSTATE', to: { status: a.withdrawnFrom!, withdrawnOn: null, withdrawnReason: null, withdrawnFrom: null } } : null;
  const diedOn = { withdrawnOn: dateOfDeath, withdrawnReason: diedOnWords(dateOfDeath) };
  if (a.status === AssessmentStatus.REQUESTED || a.status === AssessmentStatus.IN_PROGRESS) {
    return { change: 'WITHDRAW', to: { status: AssessmentStatus.WITHDRAWN, ...diedOn, withdrawnFrom: a.status } };
  }
  return byDeath && a.withdrawnOn !== dateOfDeath ? { change: 'REDATE', to: { ...diedOn, withdrawnFrom: a.withdrawnFrom } } : null;
}
