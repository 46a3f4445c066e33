import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '@careplan/subgraph-kit';
import { DeliveryChannel, DeliveryState } from '../entities/reminder.entity';
import { ReviewType } from './types';

registerEnumType(DeliveryChannel, { name: 'DeliveryChannel', description: 'The council’s signed webhook, or e-mail to each recipient.' });
registerEnumType(DeliveryState, { name: 'DeliveryState', description: 'Failed deliveries stay in view; nothing is dropped silently.' });

@ObjectType('ReminderCandidate', { description: 'A review that reached a reminder milestone today with no reminder recorded yet.' })
export class ReminderCandidateType {
  @Field(() => ID)
  reviewId!: string;

  @Field({ description: 'BEFORE_<days>, DUE or OVERDUE_<weeks> (R18).' })
  milestone!: string;

  @Field()
  dueDate!: string;

  @Field({ description: 'The reminder’s unique key, also the job id.' })
  key!: string;
}

@ObjectType('ReminderCandidatePage')
export class ReminderCandidatePage {
  @Field(() => [ReminderCandidateType])
  candidates!: ReminderCandidateType[];

  @Field(() => PageInfo, { description: 'Pages over open reviews: a page may hold no candidates and still have a next one.' })
  pageInfo!: PageInfo;
}

@InputType('ReminderToRecord', { description: 'A review’s reminder for a milestone, as the sweep found it.' })
export class ReminderToRecordInput {
  @Field(() => ID, { description: 'The review that reached the milestone.' })
  reviewId!: string;

  @Field({ description: 'BEFORE_<days>, DUE or OVERDUE_<weeks> (R18).' })
  milestone!: string;

  @Field({ description: 'The review’s due date the milestone was reached against, YYYY-MM-DD: a review since moved is not reminded.' })
  dueDate!: string;
}

@InputType('DeliveryAttempt', { description: 'How one attempt at a delivery went.' })
export class DeliveryAttemptInput {
  @Field(() => ID, { description: 'The delivery attempted.' })
  id!: string;

  @Field({ description: 'Whether the message was accepted: a 2xx answer from the webhook, or taken by the SMTP server.' })
  delivered!: boolean;

  @Field({ description: 'Whether it was the last attempt: a failed last attempt leaves the delivery FAILED.' })
  final!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it failed, for team managers to see (the first 500 characters are kept).' })
  error?: string | null;
}

@ObjectType('ReviewReminder', { description: 'R18: one reminder per review, milestone and due date.' })
export class ReminderType {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewType)
  review!: ReviewType;

  @Field()
  milestone!: string;

  @Field()
  dueDate!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('ReminderDelivery')
export class DeliveryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ReminderType)
  reminder!: ReminderType;

  @Field(() => DeliveryChannel)
  channel!: DeliveryChannel;

  @Field(() => DeliveryState)
  state!: DeliveryState;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;
}

@ObjectType('WebhookHeader')
export class WebhookHeader {
  @Field()
  name!: string;

  @Field()
  value!: string;
}

@ObjectType('WebhookMessage')
export class WebhookMessage {
  @Field()
  url!: string;

  @Field({ description: 'JSON, exactly as signed.' })
  body!: string;

  @Field(() => [WebhookHeader])
  headers!: WebhookHeader[];
}

@ObjectType('EmailMessage')
export class EmailMessage {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field()
  subject!: string;

  @Field()
  text!: string;

  @Field()
  messageId!: string;
}

@ObjectType('PreparedDelivery', { description: 'A delivery as it is to be sent now; for the worker.' })
export class PreparedDeliveryType {
  @Field(() => DeliveryType)
  delivery!: DeliveryType;

  @Field(() => WebhookMessage, { nullable: true })
  webhook!: WebhookMessage | null;

  @Field(() => EmailMessage, { nullable: true })
  email!: EmailMessage | null;

  @Field(() => String, { nullable: true })
  undeliverable!: string | null;
}

@ObjectType('DeliveryEdge')
export class DeliveryEdge {
  @Field()
  cursor!: string;

  @Field(() => DeliveryType)
  node!: DeliveryType;
}

@ObjectType('DeliveryConnection')
export class DeliveryConnection {
  @Field(() => [DeliveryEdge])
  edges!: DeliveryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('StaffNotification', { description: 'A reminder as one member of staff sees it.' })
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ReminderType)
  reminder!: ReminderType;

  @Field({ description: 'Sent to a team manager: the review is overdue, or nobody is allocated.' })
  escalation!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType('StaffNotificationEdge')
export class NotificationEdge {
  @Field()
  cursor!: string;

  @Field(() => NotificationType)
  node!: NotificationType;
}

@ObjectType('StaffNotificationConnection')
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges!: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
