import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { InformationFormat, Role } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import type { CareAndSupportPlan } from '../entities/care-and-support-plan.entity';
import type { PlanCopy } from '../entities/plan-copy.entity';
import { PlanCopyService } from '../services/plan-copy.service';
import { CareAndSupportPlanType } from './types';


@ObjectType('PlanCopy', { description: 'R10: a copy of the plan as issued, in the person’s format.' })
export class PlanCopyType {
  @Field(() => ID)
  id!: string;

  @Field({ description: '“the person”, or the named recipient they consented to.' })
  recipient!: string;

  @Field(() => InformationFormat, { nullable: true, description: 'Null for standard print.' })
  format!: InformationFormat | null;

  @Field(() => [InformationFormat], { description: 'Formats needed that could not be produced yet (flagged, R2b).' })
  notYetAvailable!: InformationFormat[];

  @Field()
  html!: string;

  @Field()
  issuedOn!: string;

  @Field()
  issuedBy!: string;
}

@Resolver(() => CareAndSupportPlanType)
export class PlanCopyResolver {
  @FieldResolver(() => [PlanCopyType], { description: 'Every copy issued (R10).' })
  copies(@Root() plan: CareAndSupportPlan, @Ctx() ctx: SubgraphContext) {
    return new PlanCopyService(ctx).forPlan(plan.id);
  }

  @Mutation(() => PlanCopyType, { description: 'Issues a copy of the plan to the person, or to a recipient they consented to (R10).' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE)
  issuePlanCopy(@Arg('planId', () => ID) planId: string, @Ctx() ctx: SubgraphContext, @Arg('recipient', () => String, { nullable: true }) recipient?: string) {
    return new PlanCopyService(ctx).issue(planId, recipient);
  }
}

@Resolver(() => PlanCopyType)
export class PlanCopyPdfResolver {
  @FieldResolver(() => String, { description: 'The PDF copy as issued, base64-encoded.' })
  async pdfBase64(@Root() copy: PlanCopy, @Ctx() ctx: SubgraphContext): Promise<string> {
    return (await new PlanCopyService(ctx).pdf(copy.id)).toString('base64');
  }
}
