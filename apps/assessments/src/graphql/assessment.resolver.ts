import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import { CASEWORK_ROLES, type SubgraphContext } from '@careplan/subgraph-kit';
import type { NeedsAssessment } from '../entities/needs-assessment.entity';
import { AssessmentService } from '../services/assessment.service';
import { CreateAssessmentInput, NeedsAssessmentType, PersonRef } from './types';

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

  @FieldResolver(() => PersonRef)
  person(@Root() assessment: NeedsAssessment): PersonRef {
    return { id: assessment.personId };
  }
}

@Resolver(() => PersonRef)
export class PersonAssessmentsResolver {
  @FieldResolver(() => [NeedsAssessmentType])
  assessments(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext): Promise<NeedsAssessment[]> {
    return new AssessmentService(ctx).forPerson(person.id);
  }
}
