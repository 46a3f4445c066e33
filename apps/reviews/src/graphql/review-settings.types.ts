import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('ReviewSettings', {
  description: 'Your council’s review practice (R13, R18) and where its reminders are delivered: the defaults until a team manager saves them.',
})
export class ReviewSettingsType {
  @Field(() => Int, { description: 'Edit counter: 0 while the defaults apply (nothing saved yet); state it when updating; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => Int, { description: 'How many weeks after sign-off the first planned review is due: 2 to 13, default 8 (R13).' })
  firstReviewWeeks!: number;

  @Field(() => Int, { description: 'The longest gap between planned reviews, in months: 1 to 12, default 12; a plan may agree reviews more often (R13).' })
  maxMonthsBetweenReviews!: number;

  @Field(() => [Int], {
    description: 'How many days before the due date reminders go out, largest first (default 28 and 7); reminders also go on the due date and each week a review is overdue (R18).',
  })
  reminderLeadDays!: number[];

  @Field(() => String, { nullable: true, description: 'The address each reminder is posted to as a signed webhook; null when reminders are not sent by webhook.' })
  webhookUrl!: string | null;

  @Field({ description: 'Whether a secret for signing webhooks is set; the secret itself is never returned.' })
  webhookSecretSet!: boolean;

  @Field(() => String, { nullable: true, description: 'The sender address of reminder e-mails to staff; null when reminders are not sent by e-mail.' })
  emailFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Your council’s frontend address, for links to the review in reminder e-mails; null when e-mails carry no link.' })
  frontendUrl!: string | null;
}

@InputType('ReviewSettingsInput', {
  description: 'Your council’s review practice and reminder delivery, as a whole: every setting is replaced (apart from a webhook secret left out), so send those you keep too.',
})
export class ReviewSettingsInput {
  @Field(() => Int, { description: 'The settings’ edit counter `version` as you read it: 0 the first time; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => Int, { description: 'How many weeks after sign-off the first planned review is due: 2 to 13 (BAD_USER_INPUT otherwise). Reviews already scheduled keep their due dates.' })
  firstReviewWeeks!: number;

  @Field(() => Int, { description: 'The longest gap between planned reviews, in months: 1 to 12 (BAD_USER_INPUT otherwise).' })
  maxMonthsBetweenReviews!: number;

  @Field(() => [Int], { description: 'How many days before the due date reminders go out: 1 to 4 different numbers, each 1 to 90 (BAD_USER_INPUT otherwise).' })
  reminderLeadDays!: number[];

  @Field(() => String, { nullable: true, description: 'An http(s) address to post each reminder to, signed; left out or null, no webhooks. It needs a webhook secret.' })
  webhookUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret that signs webhooks, 32 to 200 characters. Leave out (or null) to keep the secret already set; empty to remove it, which a webhookUrl does not allow.',
  })
  webhookSecret?: string;

  @Field(() => String, { nullable: true, description: 'The e-mail address reminder e-mails are sent from (BAD_USER_INPUT when not an address); left out or null, no e-mails.' })
  emailFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Your frontend’s http(s) address: reminder e-mails link to <frontendUrl>/reviews/<review id>. Left out or null, no link.' })
  frontendUrl?: string | null;
}
