import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DirectPaymentAction, DirectPaymentRecipient, DirectPaymentStatus, PaymentFrequency } from '@careplan/domain';
import { MoneyType } from '@careplan/subgraph-kit';

registerEnumType(DirectPaymentRecipient, { name: 'DirectPaymentRecipient', description: 'R12a: the person, their nominee, or for a person lacking capacity an authorised person.' });
registerEnumType(DirectPaymentStatus, { name: 'DirectPaymentStatus' });
registerEnumType(DirectPaymentAction, { name: 'DirectPaymentAction' });
registerEnumType(PaymentFrequency, { name: 'PaymentFrequency' });

@ObjectType('DirectPaymentPurchase', { description: 'What the direct payment buys.' })
export class DirectPaymentPurchaseType {
  @Field({ description: 'PERSONAL_ASSISTANT, AGENCY, EQUIPMENT, SHORT_BREAKS or OTHER.' })
  kind!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  weeklyPence!: number;

  @Field(() => [String], { description: 'Employer’s NI, DBS checks, holiday pay, training, insurance…' })
  employmentCosts!: string[];
}

@InputType('DirectPaymentPurchaseInput')
export class DirectPaymentPurchaseInput {
  @Field()
  kind!: 'PERSONAL_ASSISTANT' | 'AGENCY' | 'EQUIPMENT' | 'SHORT_BREAKS' | 'OTHER';

  @Field()
  description!: string;

  @Field(() => Int)
  weeklyPence!: number;

  @Field(() => [String], { defaultValue: [] })
  employmentCosts!: string[];
}

@ObjectType('DirectPaymentInstalment')
export class DirectPaymentInstalmentType {
  @Field()
  dueOn!: string;

  @Field(() => MoneyType)
  amount!: MoneyType;
}

@ObjectType('DirectPayment', { description: 'R12a: a direct payment from the personal budget.' })
export class DirectPaymentType {
  @Field(() => ID)
  id!: string;

  @Field(() => DirectPaymentRecipient)
  recipient!: DirectPaymentRecipient;

  @Field(() => ID, { nullable: true })
  recipientRelationshipId!: string | null;

  @Field(() => [String])
  coversNeeds!: string[];

  @Field(() => PaymentFrequency)
  frequency!: PaymentFrequency;

  @Field(() => [DirectPaymentPurchaseType])
  purchases!: DirectPaymentPurchaseType[];

  @Field()
  accountType!: string;

  @Field(() => String, { nullable: true })
  supportService!: string | null;

  @Field()
  closeRelativeInHousehold!: boolean;

  @Field(() => String, { nullable: true })
  necessityReason!: string | null;

  @Field(() => DirectPaymentStatus)
  status!: DirectPaymentStatus;

  @Field()
  firstPaymentOn!: string;

  @Field(() => String, { nullable: true })
  statusReason!: string | null;

  @Field(() => Int)
  version!: number;
}

@InputType('SetUpDirectPaymentInput')
export class SetUpDirectPaymentInput {
  @Field(() => ID)
  budgetId!: string;

  @Field(() => DirectPaymentRecipient)
  recipient!: DirectPaymentRecipient;

  @Field(() => ID, { nullable: true })
  recipientRelationshipId?: string | null;

  @Field(() => [String])
  coversNeeds!: string[];

  @Field(() => Int)
  weeklyPence!: number;

  @Field(() => PaymentFrequency)
  frequency!: PaymentFrequency;

  @Field(() => [DirectPaymentPurchaseInput], { defaultValue: [] })
  purchases!: DirectPaymentPurchaseInput[];

  @Field()
  accountType!: string;

  @Field(() => String, { nullable: true })
  supportService?: string | null;

  @Field({ defaultValue: false, description: 'It pays a spouse, partner or close relative living in the same household.' })
  closeRelativeInHousehold!: boolean;

  @Field(() => String, { nullable: true, description: 'Why paying that relative is necessary (required then).' })
  necessityReason?: string | null;

  @Field(() => String, { nullable: true })
  necessityDecidedBy?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  firstPaymentOn!: string;
}

@ObjectType('DirectPaymentRepayment')
export class DirectPaymentRepaymentType {
  @Field(() => ID)
  id!: string;

  @Field(() => MoneyType)
  amount!: MoneyType;

  @Field()
  reason!: string;

  @Field()
  requestedOn!: string;
}

@ObjectType('PaymentDue')
export class PaymentDueType {
  @Field(() => DirectPaymentType)
  directPayment!: DirectPaymentType;

  @Field()
  dueOn!: string;

  @Field(() => MoneyType)
  amount!: MoneyType;
}
