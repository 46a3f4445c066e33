import {
  BadUserInput,
  Conflict,
  DEFAULT_REMINDER_SETTINGS,
  DEFAULT_REVIEW_SETTINGS,
  parseEmailAddress,
  parseReminderSettings,
  parseReviewSettings,
  parseWebAddress,
  type ReminderSettings,
  type ReviewSettings,
} from '@careplan/domain';
import { isProduction } from '@careplan/identity';
import { updateVersioned, type SubgraphContext } from '@careplan/subgraph-kit';
import { ReviewSettingsRecord } from '../entities/review-settings.entity';
import type { ReviewSettingsInput } from '../graphql/review-settings.types';

/** What a council has set, or the defaults domain.md gives (version 0: nothing saved yet). */
export interface EffectiveSettings {
  version: number;
  review: ReviewSettings;
  reminders: ReminderSettings;
  webhookUrl: string | null;
  webhookSecret: string | null;
  emailFrom: string | null;
  frontendUrl: string | null;
}

/** Each council's review practice (R13, R18) and where its reminders go; kept by team managers. */
export class ReviewSettingsService {
  constructor(private readonly ctx: SubgraphContext) {}

  current(): Promise<EffectiveSettings> {
    return this.ctx.loaders
      .get<string, EffectiveSettings>('review-settings', async (authorities) => {
        const row = await (await this.ctx.db.manager()).findOneBy(ReviewSettingsRecord, { authorityCode: this.ctx.identity.authority });
        return authorities.map(() => (row ? effective(row) : DEFAULTS));
      })
      .load(this.ctx.identity.authority);
  }

  async update(input: ReviewSettingsInput): Promise<EffectiveSettings> {
    const review = parseReviewSettings({ firstReviewWeeks: input.firstReviewWeeks, maxMonthsBetweenReviews: input.maxMonthsBetweenReviews });
    const reminders = parseReminderSettings(input.reminderLeadDays);
    const secret = input.webhookSecret?.trim();
    if (secret !== undefined && secret.length > 0 && (secret.length < 32 || secret.length > 200)) {
      throw new BadUserInput('webhookSecret', 'the webhook secret must be 32 to 200 characters');
    }
    const existing = await this.current();
    const fields = {
      firstReviewWeeks: review.firstReviewWeeks,
      maxMonthsBetweenReviews: review.maxMonthsBetweenReviews,
      reminderLeadDays: [...reminders.leadDays],
      webhookUrl: parseWebAddress(input.webhookUrl, 'webhookUrl', isProduction()),
      // Leaving the secret out keeps the one already set: it is never read back.
      webhookSecret: secret === undefined ? existing.webhookSecret : secret || null,
      emailFrom: parseEmailAddress(input.emailFrom, 'emailFrom'),
      frontendUrl: parseWebAddress(input.frontendUrl, 'frontendUrl', isProduction()),
    };
    if (fields.webhookUrl && !fields.webhookSecret) throw new BadUserInput('webhookSecret', 'a webhook needs a secret to sign its deliveries');
    const manager = await this.ctx.db.manager();
    if (existing.version === 0) {
      if (input.version !== 0) throw new Conflict('review settings have not been saved yet: edit version 0');
      return effective(await manager.save(manager.create(ReviewSettingsRecord, { authorityCode: this.ctx.identity.authority, ...fields })));
    }
    const row = await manager.findOneByOrFail(ReviewSettingsRecord, { authorityCode: this.ctx.identity.authority });
    return effective(await updateVersioned(this.ctx, ReviewSettingsRecord, 'ReviewSettings', row.id, input.version, fields));
  }
}

const DEFAULTS: EffectiveSettings = {
  version: 0,
  review: DEFAULT_REVIEW_SETTINGS,
  reminders: DEFAULT_REMINDER_SETTINGS,
  webhookUrl: null,
  webhookSecret: null,
  emailFrom: null,
  frontendUrl: null,
};

function effective(row: ReviewSettingsRecord): EffectiveSettings {
  return {
    version: row.version,
    review: { firstReviewWeeks: row.firstReviewWeeks, maxMonthsBetweenReviews: row.maxMonthsBetweenReviews },
    reminders: { leadDays: row.reminderLeadDays },
    webhookUrl: row.webhookUrl,
    webhookSecret: row.webhookSecret,
    emailFrom: row.emailFrom,
    frontendUrl: row.frontendUrl,
  };
}
