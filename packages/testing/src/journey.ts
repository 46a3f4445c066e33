import { AssessmentKind } from '@careplan/domain';
import type { Variables } from '@careplan/runtime';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CreateJourneyAssessmentDocument,
  CreateJourneyBudgetDocument,
  CreateJourneyPersonDocument,
  CreateJourneyPlanDocument,
  ExistingJourneyDocument,
  ScheduleJourneyReviewDocument,
  type JourneyAssessmentFragment,
  type JourneyBudgetFragment,
  type JourneyPlanFragment,
  type JourneyReviewFragment,
} from './graph/generated';

/** Sends one operation from `src/graph/*.graphql` with a fixed token and returns its data, throwing on any error. */
export type GraphCall = <R, V extends Variables>(document: TypedDocumentNode<R, V>, variables: V) => Promise<R>;

export interface JourneySpec {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  nhsNumber?: string | null;
  indicativeWeeklyPence: number;
  /** How the indicative amount was worked out, for the person (R11). */
  indicativeExplanation: string;
  /** YYYY-MM-DD of the first review. */
  reviewDue: string;
}

export interface Journey {
  person: { id: string };
  assessment: JourneyAssessmentFragment;
  plan: JourneyPlanFragment;
  budget: JourneyBudgetFragment;
  review: JourneyReviewFragment;
}

/**
 * A person with an assessment, a plan drawn from it, a personal budget and a review, made through the
 * graph. With an NHS number it is idempotent: it finds what exists and creates only what is missing, so
 * an interrupted seed completes on the next run.
 */
export async function ensureJourney(call: GraphCall, spec: JourneySpec): Promise<Journey> {
  const existing = spec.nhsNumber ? (await call(ExistingJourneyDocument, { nhs: spec.nhsNumber })).people.edges[0]?.node : undefined;
  const person =
    existing ??
    (
      await call(CreateJourneyPersonDocument, {
        input: { givenName: spec.givenName, familyName: spec.familyName, dateOfBirth: spec.dateOfBirth, nhsNumber: spec.nhsNumber ?? null },
      })
    ).createPerson;
  const assessment =
    existing?.assessments[0] ?? (await call(CreateJourneyAssessmentDocument, { input: { personId: person.id, kind: AssessmentKind.NEEDS } })).createAssessment;
  const existingPlan = existing?.plans[0];
  const plan = existingPlan ?? (await call(CreateJourneyPlanDocument, { input: { personId: person.id, assessmentId: assessment.id } })).createPlan;
  const budget =
    existingPlan?.personalBudget ??
    (
      await call(CreateJourneyBudgetDocument, {
        input: { planId: plan.id, indicativeWeeklyPence: spec.indicativeWeeklyPence, indicativeExplanation: spec.indicativeExplanation },
      })
    ).createPersonalBudget;
  const review = existingPlan?.reviews[0] ?? (await call(ScheduleJourneyReviewDocument, { input: { planId: plan.id, dueDate: spec.reviewDue } })).scheduleReview;
  return { person: { id: person.id }, assessment, plan: { id: plan.id, version: plan.version, status: plan.status }, budget, review };
}
