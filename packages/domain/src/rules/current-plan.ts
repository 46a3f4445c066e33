import { PlanStatus } from '../enums';

/** A plan that is in force: agreed, and services arranged under it (R9). */
const IN_FORCE = new Set([PlanStatus.AGREED, PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW]);
/** Superseded, ended or withdrawn plans are history, never "current". */
export const PLAN_HISTORY_STATUSES: readonly PlanStatus[] = [PlanStatus.REVISED, PlanStatus.CLOSED, PlanStatus.WITHDRAWN];
const HISTORY = new Set(PLAN_HISTORY_STATUSES);

/** Whether a version is in force (R9): what a move shares and what ends on it (R21, R22). */
export function isPlanInForce(status: PlanStatus): boolean {
  return IN_FORCE.has(status);
}

/** Whether a version is history (superseded by its revision, closed, or withdrawn before it came into force). */
export function isPlanHistory(status: PlanStatus): boolean {
  return HISTORY.has(status);
}
/**
 * The plan a practitioner means by "the current plan": the newest plan in force (a revision being
 * prepared does not displace it until agreed); failing that, the newest still being prepared; never a
 * revised, closed or withdrawn one.
 */
export function currentPlan<T extends { status: PlanStatus; createdAt: Date }>(plans: readonly T[]): T | null {
  const newestFirst = [...plans].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return newestFirst.find((p) => IN_FORCE.has(p.status)) ?? newestFirst.find((p) => !HISTORY.has(p.status)) ?? null;
}
