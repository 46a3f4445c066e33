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
  @Query(() => ReviewSettingsType, { description: 'Your council’s review practice (R13, R18) and reminder delivery; the defaults, at version 0, until saved. Roles: PRACTITIONER, TEAM_MANAGER.' })
  @Authorized(Role.PRACTITIONER, Role.TEAM_MANAGER)
  async reviewSettings(@Ctx() ctx: SubgraphContext): Promise<ReviewSettingsType> {
    return view(await new ReviewSettingsService(ctx).current());
  }

  @Mutation(() => ReviewSettingsType, {
    description:
      'Sets your council’s review practice (R13, R18) and reminder delivery, replacing every setting, and returns them as saved. A value out of range is BAD_USER_INPUT and changes nothing; a stale version is a CONFLICT. Roles: TEAM_MANAGER.',
  })
  @Authorized(Role.TEAM_MANAGER)
  async updateReviewSettings(@Arg('input', () => ReviewSettingsInput, { description: 'Every setting, and the version you edit.' }) input: ReviewSettingsInput, @Ctx() ctx: SubgraphContext): Promise<ReviewSettingsType> {
    return view(await new ReviewSettingsService(ctx).update(input));
  }
}
