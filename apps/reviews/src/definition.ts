import type { SubgraphContext, SubgraphDefinition } from '@careplan/subgraph-kit';
import { Delivery, Notification, Reminder } from './entities/reminder.entity';
import { Review } from './entities/review.entity';
import { ReviewLetter } from './entities/review-letter.entity';
import { ReviewSettingsRecord } from './entities/review-settings.entity';
import { DeliveryResolver, NotificationResolver, ReminderResolver } from './graphql/reminder.resolver';
import { ReviewConductResolver } from './graphql/review-conduct.resolver';
import { ReviewRequestResolver } from './graphql/review-request.resolver';
import { ReviewSettingsResolver } from './graphql/review-settings.resolver';
import { PersonReviewsResolver, PlanReviewsResolver, ReviewResolver } from './graphql/review.resolver';
import { AssessmentRef, PersonRef } from './graphql/types';
import { migrations } from './migrations';
import { ReviewService } from './services/review.service';

const stub = (ref: { id: string }) => ({ id: ref.id });

export const reviewsSubgraph: SubgraphDefinition = {
  name: 'reviews',
  schema: 'reviews',
  entities: [Review, ReviewSettingsRecord, Reminder, Notification, Delivery, ReviewLetter],
  migrations,
  resolvers: [ReviewResolver, PlanReviewsResolver, PersonReviewsResolver, ReviewSettingsResolver, ReminderResolver, DeliveryResolver, NotificationResolver, ReviewRequestResolver, ReviewConductResolver],
  // Person is reached only through _entities here (this subgraph adds Person.reviews); NeedsAssessment
  // only as a completed review's reassessment.
  orphanedTypes: [PersonRef, AssessmentRef],
  referenceResolvers: {
    Review: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new ReviewService(ctx).get(ref.id) },
    CareAndSupportPlan: { __resolveReference: stub },
    Person: { __resolveReference: stub },
    NeedsAssessment: { __resolveReference: stub },
  },
};
