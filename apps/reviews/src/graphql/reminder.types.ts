import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { REMINDER_MILESTONE_KIND_LABELS, ReminderMilestoneKind } from '@careplan/domain';
import { PageInfo, LocalDateScalar, enumValueLabels } from '@careplan/subgraph-kit';
import { DeliveryChannel, DeliveryState } from '../entities/reminder.entity';
import { ReviewType } from './types';

registerEnumType(ReminderMilestoneKind, {
  name: 'ReminderMilestoneKind',
  description: 'What kind of milestone a reminder is for: coming up, due or overdue (R18).',
  valuesConfig: enumValueLabels(REMINDER_MILESTONE_KIND_LABELS),
});

registerEnumType(DeliveryChannel, {
  name: 'DeliveryChannel',
  description: 'How a reminder is delivered, by the council’s settings when the reminder is recorded.',
  valuesConfig: {
    WEBHOOK: { description: 'One signed POST per reminder to the council’s webhookUrl, naming its recipients.' },
    EMAIL: { description: 'One e-mail per recipient, to their work e-mail address, from the council’s emailFrom.' },
  },
});
registerEnumType(DeliveryState, {
  name: 'DeliveryState',
  description: 'How far a delivery got. Failed deliveries stay in view; nothing is dropped silently.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: it is being sent, or will be tried again.' },
    DELIVERED: { description: 'Accepted: a 2xx answer from the webhook, or taken by the mail server.' },
    FAILED: { description: 'The last attempt failed, or it could not be sent at all (see lastError): for team managers to act on.' },
    WITHDRAWN: { description: 'Not sent, and never will be: its review was completed, cancelled or refused before it went (R18).' },
  },
});

/** Read from a reminder, and given back when the worker records one: the same parts both ways. */
@ObjectType('ReminderMilestone', {
  description: 'The milestone a reminder is for: its kind, and the number of days before or weeks overdue that goes with it (R18, R20–R22).',
})
@InputType('ReminderMilestoneInput', { description: 'A reminder’s milestone, as the sweep gave it (R18, R20–R22).' })
export class ReminderMilestoneType {
  @Field(() => ReminderMilestoneKind, { description: 'Coming up, due or overdue.' })
  kind!: ReminderMilestoneKind;

  @Field(() => Int, { nullable: true, description: 'With BEFORE only: how many days before the date (1 to 90); null otherwise.' })
  daysBefore?: number | null;

  @Field(() => Int, { nullable: true, description: 'With OVERDUE only: in which week after the due date (1 or more); null otherwise.' })
  weeksOverdue?: number | null;
}

@ObjectType('ReminderCandidate', { description: 'An open review whose reminder milestone today has no reminder recorded yet (R18).' })
export class ReminderCandidateType {
  @Field(() => ID, { description: 'The review’s id.' })
  reviewId!: string;

  @Field(() => ReminderMilestoneType, { description: 'The milestone reached today, by the council’s reminderLeadDays (R18); give it back when recording the reminder.' })
  milestone!: ReminderMilestoneType;

  @Field(() => LocalDateScalar, { description: 'The review’s due date, YYYY-MM-DD (Europe/London); give it back when recording the reminder.' })
  dueDate!: string;

  @Field({ description: 'The reminder’s unique key (review, milestone and due date): one reminder is recorded per key.' })
  key!: string;
}

@ObjectType('ReminderCandidatePage', { description: 'A page of the open reviews the sweep looks at, in due-date order, with the reminders due among them.' })
export class ReminderCandidatePage {
  @Field(() => [ReminderCandidateType], { description: 'The reviews on this page with a reminder milestone not yet recorded; may be empty.' })
  candidates!: ReminderCandidateType[];

  @Field(() => PageInfo, { description: 'Pages over open reviews: a page may hold no candidates and still have a next one.' })
  pageInfo!: PageInfo;
}

@InputType('ReminderToRecordInput', { description: 'A review’s reminder for a milestone, as the sweep found it.' })
export class ReminderToRecordInput {
  @Field(() => ID, { description: 'The review that reached the milestone.' })
  reviewId!: string;

  @Field(() => ReminderMilestoneType, { description: 'The milestone, as the sweep gave it (R18).' })
  milestone!: ReminderMilestoneType;

  @Field(() => LocalDateScalar, { description: 'The review’s due date the milestone was reached against, YYYY-MM-DD: a review since moved is not reminded.' })
  dueDate!: string;
}

@InputType('DeliveryAttemptInput', { description: 'How one attempt at a delivery went.' })
export class DeliveryAttemptInput {
  @Field(() => ID, { description: 'The delivery attempted.' })
  id!: string;

  @Field({ description: 'Whether the message was accepted: a 2xx answer from the webhook, or taken by the mail server.' })
  delivered!: boolean;

  @Field({ description: 'Whether it was the last attempt: a failed last attempt leaves the delivery FAILED.' })
  final!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it failed, for team managers to see (the first 500 characters are kept).' })
  error?: string | null;

  @Field({
    defaultValue: false,
    description: 'Not sent because preparing it found it withdrawn: it becomes WITHDRAWN if its review is indeed no longer open, and stays PENDING, untouched, otherwise.',
  })
  withdrawn!: boolean;
}

@ObjectType('ReviewReminder', {
  description:
    'A reminder that a review reached a milestone (R18), recorded once per review, milestone and due date however often the sweep runs. It goes to the allocated practitioner and, when the review is overdue or nobody active is allocated, to team managers. Also, 14, 7 and 1 days before a move between councils, a reminder to your council’s named contact of the step it still owes (R21 share, R22 assess).',
})
export class ReminderType {
  @Field(() => ID, { description: 'The reminder’s id.' })
  id!: string;

  @Field(() => ReviewType, { nullable: true, description: 'The review it is about (R18); null for a reminder about a move.' })
  review!: ReviewType | null;

  @Field(() => HandoverRef, { nullable: true, description: 'The move between councils it is about, with a step your council still owes (R20–R22); null for a review reminder.' })
  handover!: HandoverRef | null;

  @Field(() => ReminderMilestoneType, { description: 'The milestone it is for: before, on or after the review’s due date (R18), or before a move (R20–R22).' })
  milestone!: ReminderMilestoneType;

  @Field(() => LocalDateScalar, { description: 'The date the reminder counts towards, YYYY-MM-DD (Europe/London): the review’s due date (R18), or for a reminder about a move the date of the move (R20–R22).' })
  dueDate!: string;

  @Field({ description: 'When the reminder was recorded.' })
  createdAt!: Date;
}

@ObjectType('ReminderDelivery', { description: 'One message for a reminder: the council’s webhook, or an e-mail to one recipient; tried until delivered or failed.' })
export class DeliveryType {
  @Field(() => ID, { description: 'The delivery’s id; the same on every attempt, so a receiver can drop repeats by it.' })
  id!: string;

  @Field(() => ReminderType, { description: 'The reminder it delivers.' })
  reminder!: ReminderType;

  @Field(() => DeliveryChannel, { description: 'Webhook or e-mail.' })
  channel!: DeliveryChannel;

  @Field(() => DeliveryState, { description: 'Pending, delivered or failed.' })
  state!: DeliveryState;

  @Field(() => Int, { description: 'How many attempts have been recorded.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (its first 500 characters); null unless the last attempt failed.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the last attempt was recorded; null before the first.' })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was delivered; null unless DELIVERED.' })
  deliveredAt!: Date | null;
}

@ObjectType('WebhookHeader', { description: 'An HTTP header to send with a webhook.' })
export class WebhookHeader {
  @Field({ description: 'The header’s name: x-careplan-signature, x-careplan-delivery or x-careplan-event.' })
  name!: string;

  @Field({
    description:
      'Its value: the signature "t=<unix seconds>,v1=<hex HMAC-SHA256 of <t>.<body> with the council’s webhook secret>", the delivery’s id, or the event name "review.reminder".',
  })
  value!: string;
}

@ObjectType('WebhookMessage', { description: 'A reminder webhook, ready to POST as JSON.' })
export class WebhookMessage {
  @Field({ description: 'The council’s webhookUrl.' })
  url!: string;

  @Field({
    description:
      'JSON, exactly as signed: the event "review.reminder", the delivery, council, review, plan and person ids, the milestone as a code (BEFORE_<days>, DUE or OVERDUE_<weeks>), the due date and the recipients’ sign-ins; ids only, never names.',
  })
  body!: string;

  @Field(() => [WebhookHeader], { description: 'The headers to send with it: the signature, the delivery’s id and the event name.' })
  headers!: WebhookHeader[];
}

@ObjectType('EmailMessage', { description: 'A reminder e-mail to one member of staff, ready to send; it says what is due and links to the review, with no name or other personal data.' })
export class EmailMessage {
  @Field({ description: 'The sender: the council’s emailFrom.' })
  from!: string;

  @Field({ description: 'The recipient’s work e-mail address.' })
  to!: string;

  @Field({ description: 'The subject, e.g. "Review due in 7 days (2025-03-01)"; it starts "[Escalation]" for a team manager.' })
  subject!: string;

  @Field({ description: 'The plain-text body: what is due, and a link to the review when the council’s frontendUrl is set.' })
  text!: string;

  @Field({ description: 'The Message-ID, the same on every attempt, so a mail system can drop repeats.' })
  messageId!: string;
}

@ObjectType('PreparedDelivery', {
  description: 'A delivery built for sending now from the council’s current settings: exactly one of webhook, email, undeliverable and withdrawn is set. For the worker.',
})
export class PreparedDeliveryType {
  @Field(() => DeliveryType, { description: 'The delivery as recorded; send it only while PENDING.' })
  delivery!: DeliveryType;

  @Field(() => WebhookMessage, { nullable: true, description: 'The webhook to post; null unless this is a WEBHOOK delivery that can be sent.' })
  webhook!: WebhookMessage | null;

  @Field(() => EmailMessage, { nullable: true, description: 'The e-mail to send; null unless this is an EMAIL delivery that can be sent.' })
  email!: EmailMessage | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it cannot be sent at all (no webhook set, no sender address, no work e-mail address for the recipient), to record as a failed last attempt; null when it can be sent.',
  })
  undeliverable!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it must not be sent: its review is no longer open (completed, cancelled or refused), to record as withdrawn (R18); null while the review is open.',
  })
  withdrawn!: string | null;
}

@ObjectType('DeliveryEdge', { description: 'One delivery in a page of deliveries.' })
export class DeliveryEdge {
  @Field({ description: 'This delivery’s place in the list: pass it as `after` to continue after it.' })
  cursor!: string;

  @Field(() => DeliveryType, { description: 'The delivery.' })
  node!: DeliveryType;
}

@ObjectType('DeliveryConnection', { description: 'A page of reminder deliveries, oldest first.' })
export class DeliveryConnection {
  @Field(() => [DeliveryEdge], { description: 'The deliveries on this page, each with its cursor.' })
  edges!: DeliveryEdge[];

  @Field(() => PageInfo, { description: 'Whether more deliveries follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;
}

@ObjectType('StaffNotification', { description: 'A reminder as one member of staff sees it (R18).' })
export class NotificationType {
  @Field(() => ID, { description: 'This notification’s id, for markReminderRead.' })
  id!: string;

  @Field(() => ReminderType, { description: 'The reminder: which review, and which milestone.' })
  reminder!: ReminderType;

  @Field({ description: 'True when it went to you as a team manager: the review is overdue, or nobody active is allocated to the person.' })
  escalation!: boolean;

  @Field({ description: 'When it was sent to you.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' })
  readAt!: Date | null;
}

@ObjectType('StaffNotificationEdge', { description: 'One reminder in a page of your reminders.' })
export class NotificationEdge {
  @Field({ description: 'This reminder’s place in the list: pass it as `after` to continue after it.' })
  cursor!: string;

  @Field(() => NotificationType, { description: 'The reminder as you see it.' })
  node!: NotificationType;
}

@ObjectType('StaffNotificationConnection', { description: 'A page of your reminders, newest first.' })
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'The reminders on this page, each with its cursor.' })
  edges!: NotificationEdge[];

  @Field(() => PageInfo, { description: 'Whether more reminders follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;
}

@InputType('MoveReminderToRecordInput', { description: 'A move’s reminder for a milestone, as the sweep found it (R20–R22).' })
export class MoveReminderToRecordInput {
  @Field(() => ID, { description: 'The move (Handover) with a step your council still owes.' })
  handoverId!: string;

  @Field(() => ReminderMilestoneType, { description: 'The milestone, as the sweep gave it: BEFORE with 14, 7 or 1 daysBefore the move.' })
  milestone!: ReminderMilestoneType;

  @Field(() => LocalDateScalar, { description: 'The move date the milestone was reached against, YYYY-MM-DD: a move whose date changed since is not reminded.' })
  moveDate!: string;
}

@InputType('RecordMoveRemindersInput', { description: 'Move reminders the sweep found, to record each once (R20–R22).' })
export class RecordMoveRemindersInput {
  @Field(() => [MoveReminderToRecordInput], { description: 'At most 100 at once.' })
  reminders!: MoveReminderToRecordInput[];
}

@ObjectType('Handover', { description: 'A move between councils (owned by the people subgraph).' })
@Directive('@key(fields: "id", resolvable: false)')
export class HandoverRef {
  @Field(() => ID)
  id!: string;
}

@InputType('RecordRemindersInput', { description: 'Reminders the sweep found, to record each once (R18).' })
export class RecordRemindersInput {
  @Field(() => [ReminderToRecordInput], { description: 'At most 100 at once.' })
  reminders!: ReminderToRecordInput[];
}

@InputType('RecordDeliveryAttemptsInput', { description: 'One attempt at each of some PENDING deliveries (R18).' })
export class RecordDeliveryAttemptsInput {
  @Field(() => [DeliveryAttemptInput], { description: 'At most 100 at once.' })
  attempts!: DeliveryAttemptInput[];
}

@InputType('MarkReminderReadInput', { description: 'One of your reminders to mark read.' })
export class MarkReminderReadInput {
  @Field(() => ID, { description: 'The StaffNotification’s id.' })
  id!: string;
}
