import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import { ReviewSettingsService, type EffectiveSettings } from '../services/review-settings.service';
import { ReviewSettingsInput, ReviewSettingsType } from './review-settings.types';

const view = (s: EffectiveSettings): ReviewSettingsType => ({
  version: s.version,
  ...s.review,
  reminderLeadDays: [...s.reminders.leadDays],
  webhookUrl: s.webhookUrl,
  webhookSecretSet: s.webhookSecret !== null,
  emailFrom: s.emailFrom,
  frontendUrl: s.frontendUrl,
});

@Resolver(() => ReviewSettingsType)
export class ReviewSettingsResolver {
  @Query(() => ReviewSettingsType)
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  async reviewSettings(@Ctx() ctx: SubgraphContext): Promise<ReviewSettingsType> {
    return view(await new ReviewSettingsService(ctx).current());
  }

  @Mutation(() => ReviewSettingsType, { description: 'Sets the council’s review practice and reminder delivery.' })
  @Authorized(Role.TEAM_MANAGER)
  async updateReviewSettings(@Arg('input', () => ReviewSettingsInput) input: ReviewSettingsInput, @Ctx() ctx: SubgraphContext): Promise<ReviewSettingsType> {
    return view(await new ReviewSettingsService(ctx).update(input));
  }
}
