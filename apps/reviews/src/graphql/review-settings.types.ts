import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('ReviewSettings', { description: 'The council’s review practice (R13, R18) and where reminders go.' })
export class ReviewSettingsType {
  @Field(() => Int, { description: '0 until the council saves its own settings (the defaults apply).' })
  version!: number;

  @Field(() => Int, { description: 'First planned review, weeks after sign-off (default 8).' })
  firstReviewWeeks!: number;

  @Field(() => Int, { description: 'Longest gap between planned reviews, in months (at most 12).' })
  maxMonthsBetweenReviews!: number;

  @Field(() => [Int], { description: 'Days before the due date that reminders go out (default 28 and 7).' })
  reminderLeadDays!: number[];

  @Field(() => String, { nullable: true, description: 'Where signed reminder webhooks are posted.' })
  webhookUrl!: string | null;

  @Field({ description: 'Whether a webhook secret is set (the secret itself is never returned).' })
  webhookSecretSet!: boolean;

  @Field(() => String, { nullable: true, description: 'Sender of reminder e-mails; none means no e-mails.' })
  emailFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'The council frontend, for links in e-mails.' })
  frontendUrl!: string | null;
}

@InputType('ReviewSettingsInput')
export class ReviewSettingsInput {
  @Field(() => Int, { description: 'The version you edit; 0 the first time.' })
  version!: number;

  @Field(() => Int)
  firstReviewWeeks!: number;

  @Field(() => Int)
  maxMonthsBetweenReviews!: number;

  @Field(() => [Int])
  reminderLeadDays!: number[];

  @Field(() => String, { nullable: true })
  webhookUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Leave out (or null) to keep the secret already set; empty to remove it.' })
  webhookSecret?: string;

  @Field(() => String, { nullable: true })
  emailFrom?: string | null;

  @Field(() => String, { nullable: true })
  frontendUrl?: string | null;
}
