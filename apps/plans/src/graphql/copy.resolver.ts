import { LocalDateScalar } from '@careplan/subgraph-kit';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { InformationFormat, Role } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import type { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import type { PlanCopy } from '../entities/plan-copy.entity';
import { JOINT_PERSON, PlanCopyService } from '../services/plan-copy.service';
import { CareAndSupportPlanType } from './types';


@ObjectType('PlanCopy', { description: 'A copy of the plan as issued to the person or someone they consented may have one, in the person’s format (R10, R2b).' })
export class PlanCopyType {
  @Field(() => ID, { description: 'The copy’s id.' })
  id!: string;

  @Field({ description: 'Who it was issued to: "the person", "the other person of the joint plan", or the named recipient the person consented may have a copy.' })
  recipient!: string;

  @Field({ description: 'Whether it went to the person themselves (not a recipient they named, nor the other person of a joint plan).' })
  toPerson!: boolean;

  @Field({ description: 'Whether it went to the other person of a joint plan, in their own format (R7).' })
  toJointPerson!: boolean;

  @Field(() => InformationFormat, { nullable: true, description: 'The accessible format it was produced in (EASY_READ or LARGE_PRINT); null for standard print.' })
  format!: InformationFormat | null;

  @Field(() => [InformationFormat], { description: 'Formats the person it went to needs that could not be produced yet, flagged for follow-up (R2b).' })
  notYetAvailable!: InformationFormat[];

  @Field(() => String, { nullable: true, description: 'The spoken or signed language the person needs (R2b: an interpreter’s language, or another language) when this document is not written in it, so it must be arranged another way, e.g. by an interpreter or a translation; null when none. A Welsh council’s documents are written in Welsh and English.' })
  languageNotYetAvailable!: string | null;

  @Field({ description: 'The copy as issued, as an accessible HTML document (headings in Welsh and English for a Welsh council).' })
  html!: string;

  @Field(() => LocalDateScalar, { description: 'Day it was issued, YYYY-MM-DD (Europe/London).' })
  issuedOn!: string;

  @Field({ description: 'Who issued it: their sign-in (token subject).' })
  issuedBy!: string;
}

@InputType('IssuePlanCopyInput', { description: 'A copy of a plan to issue (R10), to the person or to a recipient they consented may have one.' })
export class IssuePlanCopyInput {
  @Field(() => ID, { description: 'The plan version to copy.' })
  planId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who receives it, when not the person: a recipient named in the person’s standing consent to share their plan (matched ignoring case). Leave out for the person.',
  })
  recipient?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'True for a copy to the other person of a joint plan (R7): addressed to them, in their own format and language (R2b), with no consent to share needed, as the plan is theirs too. Not with recipient.',
  })
  toJointPerson!: boolean;
}

@Resolver(() => CareAndSupportPlanType)
export class PlanCopyResolver {
  @FieldResolver(() => [PlanCopyType], { description: 'Every copy of this plan version issued, oldest first (R10).' })
  copies(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext) {
    return new PlanCopyService(ctx).forPlan(plan.id);
  }

  @Mutation(() => PlanCopyType, {
    description:
      'Issues and records a copy of the plan, in the person’s format (R2b), to the person or to a recipient they have consented may have one (R10), or to the other person of a joint plan in theirs (R7); returns the copy. Roles: PRACTITIONER, TEAM_MANAGER, SERVICE.',
  })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE)
  issuePlanCopy(@Arg('input', () => IssuePlanCopyInput, { description: 'The plan and who receives the copy.' }) input: IssuePlanCopyInput, @Ctx() ctx: SubgraphContext) {
    return new PlanCopyService(ctx).issue(input);
  }
}

@Resolver(() => PlanCopyType)
export class PlanCopyFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'Whether it went to the other person of a joint plan, in their own format (R7).' })
  toJointPerson(@Root() copy: PlanCopy): boolean {
    return copy.recipient === JOINT_PERSON;
  }

  @FieldResolver(() => String, { description: 'The PDF of the copy as issued, base64-encoded; large, so ask for it only when needed.' })
  async pdfBase64(@Root() copy: PlanCopy, @Ctx() ctx: SubgraphContext): Promise<string> {
    return (await new PlanCopyService(ctx).pdf(copy.id)).toString('base64');
  }
}
