import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import { AuthorityService } from '../services/authority.service';
import type { Authority } from '../entities/authority.entity';
import { AuthorityType, SetPlanConsiderationDaysInput } from './authority.type';

@Resolver(() => AuthorityType)
export class AuthorityResolver {
  @Query(() => AuthorityType, {
    nullable: true,
    description: 'A council using this service, by GSS code; null when no such council uses it. Any signed-in caller may read any council.',
  })
  authority(@Arg('code', () => ID, { description: 'GSS code, e.g. E09000012; any other shape is BAD_USER_INPUT.' }) code: string, @Ctx() ctx: SubgraphContext): Promise<Authority | null> {
    return new AuthorityService(ctx).find(code);
  }

  @Mutation(() => AuthorityType, {
    description: 'R9: sets how many days people in your council are given to consider a proposed plan (1 to 90; the default is 14); plans proposed from now on use it. Team managers.',
  })
  @Authorized(Role.TEAM_MANAGER)
  setPlanConsiderationDays(@Arg('input', () => SetPlanConsiderationDaysInput, { description: 'The number of days.' }) input: SetPlanConsiderationDaysInput, @Ctx() ctx: SubgraphContext): Promise<Authority> {
    return new AuthorityService(ctx).setPlanConsiderationDays(input.days);
  }
}
