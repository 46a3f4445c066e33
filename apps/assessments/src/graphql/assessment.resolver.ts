import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import { CASEWORK_ROLES, InvolvementInput, type SubgraphContext } from '@careplan/subgraph-kit';
import type { NeedsAssessment } from '../entities/needs-assessment.entity';
import { AssessmentService } from '../services/assessment.service';
import { DecisionLetterService } from '../services/decision-letter.service';
import { NeedService } from '../services/need.service';
import {
  CompleteAssessmentInput,
  CreateAssessmentInput,
  DecisionLetterType,
  EligibilityDeterminationType,
  IssueDecisionLetterInput,
  NeedType,
  NeedsAssessmentType,
  PersonRef,
  RecordNeedInput,
  StartAssessmentInput,
  UpdateNeedInput,
} from './types';

const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE];

@Resolver(() => NeedsAssessmentType)
export class AssessmentResolver {
  @Query(() => NeedsAssessmentType, { nullable: true })
  @Authorized(...CASEWORK_ROLES, Role.PERSON)
  assessment(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<NeedsAssessment | null> {
    return new AssessmentService(ctx).get(id);
  }

  @Mutation(() => NeedsAssessmentType, { description: 'Records that a needs or carer’s assessment was requested.' })
  @Authorized(...WRITERS)
  createAssessment(@Arg('input', () => CreateAssessmentInput) input: CreateAssessmentInput, @Ctx() ctx: SubgraphContext): Promise<NeedsAssessment> {
    return new AssessmentService(ctx).request(input);
  }

  @Mutation(() => NeedsAssessmentType, { description: 'Starts the assessment with its assessor and method.' })
  @Authorized(...WRITERS)
  startAssessment(@Arg('input', () => StartAssessmentInput) input: StartAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).start(input);
  }

  @Mutation(() => NeedsAssessmentType, { description: 'Replaces the record of who took part (R1).' })
  @Authorized(...WRITERS)
  recordAssessmentInvolvement(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('involved', () => [InvolvementInput]) involved: InvolvementInput[],
    @Ctx() ctx: SubgraphContext,
  ) {
    return new AssessmentService(ctx).recordInvolvement(id, version, involved);
  }

  @Mutation(() => NeedType)
  @Authorized(...WRITERS)
  recordNeed(@Arg('input', () => RecordNeedInput) input: RecordNeedInput, @Ctx() ctx: SubgraphContext) {
    return new NeedService(ctx).record(input);
  }

  @Mutation(() => NeedType)
  @Authorized(...WRITERS)
  updateNeed(@Arg('input', () => UpdateNeedInput) input: UpdateNeedInput, @Ctx() ctx: SubgraphContext) {
    return new NeedService(ctx).update(input);
  }

  @Mutation(() => NeedsAssessmentType, { description: 'Completes the assessment and determines eligibility (guards: R2a, R2c).' })
  @Authorized(...WRITERS)
  completeAssessment(@Arg('input', () => CompleteAssessmentInput) input: CompleteAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).complete(input);
  }

  @Mutation(() => NeedsAssessmentType)
  @Authorized(...WRITERS)
  withdrawAssessment(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).withdraw(id, version, reason);
  }

  @Mutation(() => NeedsAssessmentType, { description: 'Reopens a completed assessment so it can be changed.' })
  @Authorized(...WRITERS)
  reopenAssessment(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).reopen(id, version, reason);
  }

  @Mutation(() => DecisionLetterType, { description: 'R4: issues the decision letter in the person’s format.' })
  @Authorized(...WRITERS)
  issueDecisionLetter(@Arg('input', () => IssueDecisionLetterInput) input: IssueDecisionLetterInput, @Ctx() ctx: SubgraphContext) {
    return new DecisionLetterService(ctx).issue(input);
  }

  @FieldResolver(() => PersonRef)
  person(@Root() assessment: NeedsAssessment): PersonRef {
    return { id: assessment.personId };
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  jointPerson(@Root() assessment: NeedsAssessment): PersonRef | null {
    return assessment.jointPersonId ? { id: assessment.jointPersonId } : null;
  }

  @FieldResolver(() => [NeedType])
  needs(@Root() assessment: NeedsAssessment, @Ctx() ctx: SubgraphContext) {
    return new NeedService(ctx).forAssessment(assessment.id);
  }

  @FieldResolver(() => EligibilityDeterminationType, { nullable: true, description: 'The latest determination; null until completed.' })
  eligibility(@Root() assessment: NeedsAssessment, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).eligibility(assessment.id);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'CLD: eligible needs identified; null until completed.' })
  async eligibleNeedsIdentified(@Root() assessment: NeedsAssessment, @Ctx() ctx: SubgraphContext): Promise<boolean | null> {
    return (await new AssessmentService(ctx).eligibility(assessment.id))?.eligible ?? null;
  }

  @FieldResolver(() => [DecisionLetterType])
  decisionLetters(@Root() assessment: NeedsAssessment, @Ctx() ctx: SubgraphContext) {
    return new DecisionLetterService(ctx).forAssessment(assessment.id);
  }
}

@Resolver(() => PersonRef)
export class PersonAssessmentsResolver {
  @FieldResolver(() => [NeedsAssessmentType])
  assessments(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext): Promise<NeedsAssessment[]> {
    return new AssessmentService(ctx).forPerson(person.id);
  }
}
