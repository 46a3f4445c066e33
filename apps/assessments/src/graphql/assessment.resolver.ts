import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import { CASEWORK_ROLES, withReadAhead, type SubgraphContext } from '@careplan/subgraph-kit';
import type { NeedsAssessment } from '../entities/needs-assessment.entity';
import { AssessmentService } from '../services/assessment.service';
import { DecisionLetterService } from '../services/decision-letter.service';
import { NeedService } from '../services/need.service';
import {
  AssessmentsFollowDeathInput,
  CompleteAssessmentInput,
  CreateAssessmentInput,
  DecisionLetterType,
  EligibilityDeterminationType,
  IssueDecisionLetterInput,
  NeedType,
  NeedsAssessmentType,
  PersonRef,
  ReassignAssessmentInput,
  RecordAssessmentInvolvementInput,
  RecordNeedInput,
  ReopenAssessmentInput,
  StartAssessmentInput,
  UpdateNeedInput,
  WithdrawAssessmentInput,
} from './types';

const WRITERS = [Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE];

@Resolver(() => NeedsAssessmentType)
export class AssessmentResolver {
  @Query(() => NeedsAssessmentType, {
    nullable: true,
    description: 'An assessment in your council; null when there is none. A PERSON sign-in may read only their own (FORBIDDEN otherwise).',
  })
  @Authorized(...CASEWORK_ROLES, Role.PERSON)
  assessment(@Arg('id', () => ID, { description: 'The assessment’s id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<NeedsAssessment | null> {
    return new AssessmentService(ctx).get(id);
  }

  @Mutation(() => NeedsAssessmentType, {
    description:
      'Records that a needs, carer’s or joint assessment was requested; it starts REQUESTED. A joint assessment needs the other person and both people’s standing consent (BAD_USER_INPUT otherwise). Practitioners and team managers.',
  })
  @Authorized(...WRITERS)
  createAssessment(@Arg('input', () => CreateAssessmentInput, { description: 'The request.' }) input: CreateAssessmentInput, @Ctx() ctx: SubgraphContext): Promise<NeedsAssessment> {
    return new AssessmentService(ctx).request(input);
  }

  @Mutation(() => NeedsAssessmentType, {
    description:
      'Starts a requested assessment with its assessor and method: IN_PROGRESS from today. One in progress or withdrawn is a CONFLICT; a completed one is BAD_USER_INPUT (use reopenAssessment). Practitioners and team managers.',
  })
  @Authorized(...WRITERS)
  startAssessment(@Arg('input', () => StartAssessmentInput, { description: 'Who carries it out, and how.' }) input: StartAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).start(input);
  }

  @Mutation(() => NeedsAssessmentType, {
    description:
      'Hands an assessment in progress to another assessor without withdrawing it: what has been recorded stays (R2c: a deafblind person’s assessment goes to a qualified deafblind assessor). BAD_USER_INPUT when the assessor is not a practitioner in your council or no reason is given; CONFLICT unless it is in progress. Practitioners and team managers.',
  })
  @Authorized(...WRITERS)
  reassignAssessment(@Arg('input', () => ReassignAssessmentInput, { description: 'The new assessor, and why.' }) input: ReassignAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).reassign(input);
  }

  @Mutation(() => NeedsAssessmentType, {
    description: 'Replaces the record of who took part (R1), while the assessment is in progress (CONFLICT otherwise). Practitioners and team managers.',
  })
  @Authorized(...WRITERS)
  recordAssessmentInvolvement(
    @Arg('input', () => RecordAssessmentInvolvementInput, { description: 'The assessment, its version and who took part.' }) input: RecordAssessmentInvolvementInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new AssessmentService(ctx).recordInvolvement(input.id, input.version, input.involved);
  }

  @Mutation(() => NeedType, {
    description:
      'Records a need in an assessment in progress and returns it, checked against your council’s criteria: England asks why the person is unable, Wales for tests (c) and (d). An assessment not in progress is a CONFLICT. Practitioners and team managers.',
  })
  @Authorized(...WRITERS)
  recordNeed(@Arg('input', () => RecordNeedInput, { description: 'The need.' }) input: RecordNeedInput, @Ctx() ctx: SubgraphContext) {
    return new NeedService(ctx).record(input);
  }

  @Mutation(() => NeedType, {
    description: 'Replaces a need’s facts at the version you read, with the same checks as recordNeed; its assessment must be in progress. Practitioners and team managers.',
  })
  @Authorized(...WRITERS)
  updateNeed(@Arg('input', () => UpdateNeedInput, { description: 'The need as it should now be.' }) input: UpdateNeedInput, @Ctx() ctx: SubgraphContext) {
    return new NeedService(ctx).update(input);
  }

  @Mutation(() => NeedsAssessmentType, {
    description:
      'Completes an assessment in progress (CONFLICT otherwise) and determines eligibility from its needs under your council’s criteria (R3a, R3b, R3c, R3d); see `eligibility`. Refused with RULE_VIOLATION R2a when an independent advocate is required and none is recorded, and R2c when the person is deafblind and the assessor is not a qualified deafblind assessor; a joint assessment is CONFLICT while either person’s consent to it has been withdrawn (Care Act s.12(5)). Practitioners and team managers.',
  })
  @Authorized(...WRITERS)
  completeAssessment(@Arg('input', () => CompleteAssessmentInput, { description: 'The remaining facts, and what follows.' }) input: CompleteAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).complete(input);
  }

  @Mutation(() => NeedsAssessmentType, {
    description: 'Withdraws a requested or in-progress assessment from today; final. A completed or withdrawn one is a CONFLICT. Practitioners and team managers.',
  })
  @Authorized(...WRITERS)
  withdrawAssessment(@Arg('input', () => WithdrawAssessmentInput, { description: 'The assessment, its version and why.' }) input: WithdrawAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).withdraw(input.id, input.version, input.reason);
  }

  @Mutation(() => [NeedsAssessmentType], {
    description:
      'The worker, after a date of death is recorded, corrected or removed on the person: their assessments follow the date their record now holds. Recorded: those requested or in progress are withdrawn on the date of death ("The person died on …"), and those a death withdrew move to a corrected date; removed as recorded in error: those a death withdrew return to the status they had. Returns those changed; none when asked again. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  assessmentsFollowDeath(@Arg('input', () => AssessmentsFollowDeathInput, { description: 'The person.' }) input: AssessmentsFollowDeathInput, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).followDeath(input.personId);
  }

  @Mutation(() => NeedsAssessmentType, {
    description:
      'Reopens a completed assessment so it can be changed: IN_PROGRESS again, completedOn and eventOutcome cleared. The last determination stays until completing it again makes a new one. Practitioners and team managers.',
  })
  @Authorized(...WRITERS)
  reopenAssessment(@Arg('input', () => ReopenAssessmentInput, { description: 'The completed assessment, its version and why.' }) input: ReopenAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).reopen(input.id, input.version, input.reason);
  }

  @Mutation(() => DecisionLetterType, {
    description:
      'R4: issues a decision letter for a completed assessment, in the person’s format (R2b) and, from a Welsh council, in Welsh first, then English, copied to their advocate when asked, and keeps it exactly as issued. Practitioners and team managers.',
  })
  @Authorized(...WRITERS)
  issueDecisionLetter(@Arg('input', () => IssueDecisionLetterInput, { description: 'The letter’s kind, reasons and advice.' }) input: IssueDecisionLetterInput, @Ctx() ctx: SubgraphContext) {
    return new DecisionLetterService(ctx).issue(input);
  }

  @FieldResolver(() => PersonRef, { description: 'The person assessed.' })
  person(@Root() assessment: NeedsAssessment): PersonRef {
    return { id: assessment.personId };
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: 'The other person of a joint assessment; null unless the kind is JOINT.' })
  jointPerson(@Root() assessment: NeedsAssessment): PersonRef | null {
    return assessment.jointPersonId ? { id: assessment.jointPersonId } : null;
  }

  @FieldResolver(() => [NeedType], { description: 'The needs recorded in the assessment, oldest first.' })
  needs(@Root() assessment: NeedsAssessment, @Ctx() ctx: SubgraphContext) {
    return new NeedService(ctx).forAssessment(assessment.id);
  }

  @FieldResolver(() => EligibilityDeterminationType, {
    nullable: true,
    description: 'The latest eligibility determination; null until the assessment is first completed. While a reopened assessment is in progress, still the previous one.',
  })
  eligibility(@Root() assessment: NeedsAssessment, @Ctx() ctx: SubgraphContext) {
    return new AssessmentService(ctx).eligibility(assessment.id);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'CLD: whether the latest determination found eligible needs; null until the assessment is first completed.' })
  async eligibleNeedsIdentified(@Root() assessment: NeedsAssessment, @Ctx() ctx: SubgraphContext): Promise<boolean | null> {
    return (await new AssessmentService(ctx).eligibility(assessment.id))?.eligible ?? null;
  }

  @FieldResolver(() => [DecisionLetterType], { description: 'Decision letters issued for this assessment (R4), oldest first.' })
  decisionLetters(@Root() assessment: NeedsAssessment, @Ctx() ctx: SubgraphContext) {
    return new DecisionLetterService(ctx).forAssessment(assessment.id);
  }
}

@Resolver(() => PersonRef)
export class PersonAssessmentsResolver {
  @FieldResolver(() => [NeedsAssessmentType], {
    description: 'The person’s needs, carer’s and joint assessments (those where they are the person assessed), oldest first.',
  })
  assessments(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext, @Info() info: GraphQLResolveInfo): Promise<NeedsAssessment[]> {
    const assessments = new AssessmentService(ctx);
    return withReadAhead(info, assessments.readsAheadForPerson(person.id), () => assessments.forPerson(person.id));
  }
}
