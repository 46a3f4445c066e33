import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import { AuthorityService } from '../services/authority.service';
import type { Authority } from '../entities/authority.entity';
import { AuthorityType } from './authority.type';

@Resolver(() => AuthorityType)
export class AuthorityResolver {
  @Query(() => AuthorityType, {
    nullable: true,
    description: 'A council using this service, by GSS code; null when no such council uses it. Any signed-in caller may read any council.',
  })
  authority(@Arg('code', () => ID, { description: 'GSS code, e.g. E09000012; any other shape is BAD_USER_INPUT.' }) code: string, @Ctx() ctx: SubgraphContext): Promise<Authority | null> {
    return new AuthorityService(ctx).find(code);
  }
}
