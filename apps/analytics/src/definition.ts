import type { SubgraphDefinition } from '@careplan/subgraph-kit';
import { AnalyticsResolver, PersonPseudonymResolver, PersonRef } from './graphql/analytics.resolver';
import { DataReturnResolver } from './graphql/data-return.resolver';
import { migrations } from './migrations';

export const analyticsSubgraph: SubgraphDefinition = {
  name: 'analytics',
  schema: 'analytics',
  // The read model is written and read with SQL of its own (upserts, grouping sets): no entities.
  entities: [],
  migrations,
  resolvers: [AnalyticsResolver, PersonPseudonymResolver, DataReturnResolver],
  // Person is reached only through _entities here (this subgraph adds Person.pseudonym).
  orphanedTypes: [PersonRef],
  referenceResolvers: {
    Person: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  },
};
