import type { SubgraphContext, SubgraphDefinition } from '@careplan/subgraph-kit';
import { Review } from './entities/review.entity';
import { PersonReviewsResolver, PlanReviewsResolver, ReviewResolver } from './graphql/review.resolver';
import { PersonRef } from './graphql/types';
import { migrations } from './migrations';
import { ReviewService } from './services/review.service';

const stub = (ref: { id: string }) => ({ id: ref.id });

export const reviewsSubgraph: SubgraphDefinition = {
  name: 'reviews',
  schema: 'reviews',
  entities: [Review],
  migrations,
  resolvers: [ReviewResolver, PlanReviewsResolver, PersonReviewsResolver],
  // Person is reached only through _entities here (this subgraph adds Person.reviews).
  orphanedTypes: [PersonRef],
  referenceResolvers: {
    Review: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new ReviewService(ctx).get(ref.id) },
    CareAndSupportPlan: { __resolveReference: stub },
    Person: { __resolveReference: stub },
  },
};
