import type { SubgraphContext, SubgraphDefinition } from '@careplan/subgraph-kit';
import { Authority } from './entities/authority.entity';
import { Person } from './entities/person.entity';
import { AuthorityResolver } from './graphql/authority.resolver';
import { PersonResolver } from './graphql/person.resolver';
import { migrations } from './migrations';
import { AuthorityService } from './services/authority.service';
import { PersonService } from './services/person.service';

export const peopleSubgraph: SubgraphDefinition = {
  name: 'people',
  schema: 'people',
  entities: [Authority, Person],
  migrations,
  resolvers: [PersonResolver, AuthorityResolver],
  referenceResolvers: {
    Person: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new PersonService(ctx).get(ref.id) },
    Authority: { __resolveReference: (ref: { code: string }, ctx: SubgraphContext) => new AuthorityService(ctx).find(ref.code) },
  },
};
