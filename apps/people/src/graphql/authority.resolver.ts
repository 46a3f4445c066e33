import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import { AuthorityService } from '../services/authority.service';
import type { Authority } from '../entities/authority.entity';
import { AuthorityType } from './authority.type';

@Resolver(() => AuthorityType)
export class AuthorityResolver {
  @Query(() => AuthorityType, { nullable: true, description: 'A council by GSS code.' })
  authority(@Arg('code', () => ID) code: string, @Ctx() ctx: SubgraphContext): Promise<Authority | null> {
    return new AuthorityService(ctx).find(code);
  }
}
