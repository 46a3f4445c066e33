import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DirectPaymentAction, DirectPaymentPurchaseKind, DirectPaymentRecipient, DirectPaymentStatus, NeedCode, PaymentFrequency } from '@careplan/domain';
import { MoneyType, PenceScalar, LocalDateScalar, connectionOf } from '@careplan/subgraph-kit';

registerEnumType(DirectPaymentRecipient, {
  name: 'DirectPaymentRecipient',
  description: 'R12a: who receives a direct payment: the person or their nominee when the person has capacity to manage it; an authorised person when they do not.',
  valuesConfig: {
    PERSON: { description: 'The person themselves; they have capacity to manage a direct payment (presumed unless assessed otherwise).' },
    NOMINATED_PERSON: { description: 'Someone the person (who has capacity) nominates, recorded as their nominated person.' },
    AUTHORISED_PERSON: { description: 'For a person lacking capacity to manage a direct payment: their attorney, their deputy, or a suitable person the council approves.' },
  },
});
registerEnumType(DirectPaymentStatus, {
  name: 'DirectPaymentStatus',
  description: 'Whether a direct payment is being paid (R12a).',
  valuesConfig: {
    ACTIVE: { description: 'Being paid.' },
    SUSPENDED: { description: 'Paused, e.g. while needs are temporarily reduced; left out of the payments due each week until it is resumed.' },
    ENDED: { description: 'Stopped for good.' },
  },
});
registerEnumType(DirectPaymentAction, {
  name: 'DirectPaymentAction',
  description: 'A change to a direct payment’s status (R12a); one not allowed from its status is a CONFLICT.',
  valuesConfig: {
    SUSPEND: { description: 'Pause an ACTIVE direct payment.' },
    RESUME: { description: 'Restart a SUSPENDED direct payment.' },
    END: { description: 'End an ACTIVE or SUSPENDED direct payment for good.' },
  },
});
registerEnumType(PaymentFrequency, {
  name: 'PaymentFrequency',
  description: 'How often a direct payment is paid, from its first payment day.',
  valuesConfig: {
    WEEKLY: { description: 'The weekly amount, every week.' },
    FOUR_WEEKLY: { description: 'Four weeks’ amount, every four weeks.' },
    MONTHLY: { description: 'On the same day each month, sharing 52 weeks’ amount over 12 months to the penny (the first months carry any odd pence).' },
  },
});

registerEnumType(DirectPaymentPurchaseKind, {
  name: 'DirectPaymentPurchaseKind',
  description: 'What a direct payment buys (R12a).',
  valuesConfig: {
    PERSONAL_ASSISTANT: { description: 'A personal assistant the person (or their recipient) employs; list the employer’s costs it covers.' },
    AGENCY: { description: 'Care bought from an agency.' },
    EQUIPMENT: { description: 'Equipment.' },
    SHORT_BREAKS: { description: 'Short breaks.' },
    OTHER: { description: 'Anything else that meets the needs it covers, described in words.' },
  },
});

@ObjectType('DirectPaymentPurchase', { description: 'Something the direct payment buys (R12a).' })
export class DirectPaymentPurchaseType {
  @Field(() => DirectPaymentPurchaseKind, { description: 'What kind of purchase it is.' })
  kind!: DirectPaymentPurchaseKind;

  @Field({ description: 'What it buys, in words.' })
  description!: string;

  @Field(() => PenceScalar, { description: 'What it pays for this, in whole pence a week.' })
  weeklyPence!: number;

  @Field(() => [String], { description: 'For a personal assistant, the employer’s costs it covers: employer’s NI, DBS checks, holiday pay, training, insurance…' })
  employmentCosts!: string[];
}

@InputType('DirectPaymentPurchaseInput', { description: 'Something the direct payment buys (R12a).' })
export class DirectPaymentPurchaseInput {
  @Field(() => DirectPaymentPurchaseKind, { description: 'What kind of purchase it is.' })
  kind!: DirectPaymentPurchaseKind;

  @Field({ description: 'What it buys, in words (required).' })
  description!: string;

  @Field(() => PenceScalar, { description: 'What it pays for this, in whole pence a week, zero or more.' })
  weeklyPence!: number;

  @Field(() => [String], { defaultValue: [], description: 'For a personal assistant, the employer’s costs it covers (employer’s NI, DBS checks, holiday pay, training, insurance…); empty when left out.' })
  employmentCosts!: string[];
}

@ObjectType('DirectPaymentInstalment', { description: 'One instalment in a direct payment’s schedule.' })
export class DirectPaymentInstalmentType {
  @Field(() => LocalDateScalar, { description: 'Day it is due, YYYY-MM-DD.' })
  dueOn!: string;

  @Field(() => MoneyType, { description: 'The amount of the instalment.' })
  amount!: MoneyType;
}

@ObjectType('DirectPayment', { description: 'R12a: a direct payment from the personal budget, paid to the person or someone for them, for needs in the plan.' })
export class DirectPaymentType {
  @Field(() => ID, { description: 'The direct payment’s id.' })
  id!: string;

  @Field(() => DirectPaymentRecipient, { description: 'Who receives the payment (R12a).' })
  recipient!: DirectPaymentRecipient;

  @Field(() => ID, { nullable: true, description: 'The relationship on the person’s record who receives the payment (a nominee, attorney, deputy or approved person); null when none was named.' })
  recipientRelationshipId!: string | null;

  @Field(() => [NeedCode], { description: 'The plan’s needs it may be used for, and only those, as in SupportItem.need (R12a).' })
  coversNeeds!: NeedCode[];

  @Field(() => PaymentFrequency, { description: 'How often it is paid.' })
  frequency!: PaymentFrequency;

  @Field(() => [DirectPaymentPurchaseType], { description: 'What it buys.' })
  purchases!: DirectPaymentPurchaseType[];

  @Field({ description: 'How the money is held, e.g. a separate bank account, a pre-paid card or a managed account.' })
  accountType!: string;

  @Field(() => String, { nullable: true, description: 'The support service helping the person manage the payment; null when none.' })
  supportService!: string | null;

  @Field({ description: 'It pays a spouse, partner or close relative living in the same household, which the council recorded as necessary (R12a).' })
  closeRelativeInHousehold!: boolean;

  @Field(() => String, { nullable: true, description: 'Why paying that relative is necessary (R12a); null when none was recorded.' })
  necessityReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Who decided paying that relative is necessary, as recorded with the reason (R12a); null when none was recorded.' })
  necessityDecidedBy!: string | null;

  @Field(() => DirectPaymentStatus, { description: 'Active, suspended or ended.' })
  status!: DirectPaymentStatus;

  @Field(() => LocalDateScalar, { description: 'Day of the first payment, YYYY-MM-DD; the schedule and the review dates run from it.' })
  firstPaymentOn!: string;

  @Field(() => String, { nullable: true, description: 'The reason given for the last suspension, resumption or ending (for one ended with its plan, the day the plan closed and why); null until there is one.' })
  statusReason!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day it was ended, YYYY-MM-DD (Europe/London): the day its plan closed, for one ended with its plan (R12a); null unless ENDED.' })
  endedOn!: string | null;

  @Field(() => Int, { description: 'Edit counter: state it when changing the direct payment, which bumps it; a stale one is a CONFLICT.' })
  version!: number;
}

@InputType('SetUpDirectPaymentInput', { description: 'A new direct payment from a final personal budget (R12a).' })
export class SetUpDirectPaymentInput {
  @Field(() => ID, { description: 'The budget: FINAL, with its direct-payment part set (setBudgetManagement) and room in it for this payment (R11b).' })
  budgetId!: string;

  @Field(() => DirectPaymentRecipient, { description: 'Who is paid; it must fit the person’s capacity to manage a direct payment, presumed unless assessed otherwise (R12a).' })
  recipient!: DirectPaymentRecipient;

  @Field(() => ID, {
    nullable: true,
    description: 'Required unless the person is paid: their current relationship recorded as nominated person, or as attorney, deputy or authorised person (R12a).',
  })
  recipientRelationshipId?: string | null;

  @Field(() => [NeedCode], { description: 'The needs it may be used for: at least one, each a need of the plan’s support items (R12a).' })
  coversNeeds!: NeedCode[];

  @Field(() => PenceScalar, { description: 'The amount, in whole pence a week, more than zero.' })
  weeklyPence!: number;

  @Field(() => PaymentFrequency, { description: 'How often it is paid.' })
  frequency!: PaymentFrequency;

  @Field(() => [DirectPaymentPurchaseInput], { defaultValue: [], description: 'What it buys; empty when left out.' })
  purchases!: DirectPaymentPurchaseInput[];

  @Field({ description: 'How the money is held, e.g. a separate bank account, a pre-paid card or a managed account (required).' })
  accountType!: string;

  @Field(() => String, { nullable: true, description: 'A support service helping the person manage the payment, if any.' })
  supportService?: string | null;

  @Field({ defaultValue: false, description: 'It pays a spouse, partner or close relative living in the same household; then the necessity must be recorded (R12a).' })
  closeRelativeInHousehold!: boolean;

  @Field(() => String, { nullable: true, description: 'Why paying that relative is necessary: required then, at least 20 characters (R12a).' })
  necessityReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Who decided paying that relative is necessary: required with necessityReason (R12a).' })
  necessityDecidedBy?: string | null;

  @Field(() => LocalDateScalar, { description: 'Day of the first payment, YYYY-MM-DD; the direct-payment review falls 6 months later, then every 12 months (R12a).' })
  firstPaymentOn!: string;
}

@ObjectType('DirectPaymentRepayment', { description: 'Repayment asked for after a direct payment was misused (R12a).' })
export class DirectPaymentRepaymentType {
  @Field(() => ID, { description: 'The repayment request’s id.' })
  id!: string;

  @Field(() => MoneyType, { description: 'The amount asked for.' })
  amount!: MoneyType;

  @Field({ description: 'What the payment was misused for.' })
  reason!: string;

  @Field(() => LocalDateScalar, { description: 'Day repayment was asked for, YYYY-MM-DD (Europe/London).' })
  requestedOn!: string;
}

@ObjectType('PaymentDue', { description: 'An instalment of an active direct payment falling due this week.' })
export class PaymentDueType {
  @Field(() => DirectPaymentType, { description: 'The direct payment it belongs to.' })
  directPayment!: DirectPaymentType;

  @Field(() => LocalDateScalar, { description: 'Day it is due, YYYY-MM-DD.' })
  dueOn!: string;

  @Field(() => MoneyType, { description: 'The amount due.' })
  amount!: MoneyType;
}

export const DirectPaymentConnection = connectionOf(DirectPaymentType, 'DirectPayment', 'direct payments', 'soonest review first, then by id');
export const PaymentDueConnection = connectionOf(PaymentDueType, 'PaymentDue', 'instalments due', 'by the day due (soonest first), then the direct payment’s id');

@InputType('ChangeDirectPaymentInput', { description: 'A direct payment to suspend, resume or end, with the reason (R12a).' })
export class ChangeDirectPaymentInput {
  @Field(() => ID, { description: 'The direct payment’s id.' })
  id!: string;

  @Field(() => Int, { description: 'The direct payment’s edit counter `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => DirectPaymentAction, { description: 'What to do; one not allowed from its status is a CONFLICT.' })
  action!: DirectPaymentAction;

  @Field({ description: 'Why (at least 10 characters).' })
  reason!: string;
}

@InputType('RequestDirectPaymentRepaymentInput', { description: 'A request for repayment of a direct payment after misuse (R12a).' })
export class RequestDirectPaymentRepaymentInput {
  @Field(() => ID, { description: 'The direct payment’s id.' })
  id!: string;

  @Field(() => PenceScalar, { description: 'The amount to repay, in whole pence, more than zero.' })
  amountPence!: number;

  @Field({ description: 'What the payment was misused for (at least 10 characters).' })
  reason!: string;
}
