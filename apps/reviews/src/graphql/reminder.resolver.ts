import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, milestoneParts, type MilestoneParts } from '@careplan/domain';
import { loadVisible, toConnection, type SubgraphContext } from '@careplan/subgraph-kit';
import { DeliveryState, type Delivery, type Notification, type Reminder } from '../entities/reminder.entity';
import { Review } from '../entities/review.entity';
import { DeliveryService } from '../services/delivery.service';
import { ReminderService } from '../services/reminder.service';
import {
  DeliveryConnection,
  DeliveryType,
  NotificationConnection,
  NotificationType,
  PreparedDeliveryType,
  MarkReminderReadInput,
  RecordDeliveryAttemptsInput,
  HandoverRef,
  RecordMoveRemindersInput,
  RecordRemindersInput,
  ReminderCandidatePage,
  ReminderMilestoneType,
  ReminderType,
} from './reminder.types';
import { ReviewType } from './types';

const STAFF = [Role.PRACTITIONER, Role.TEAM_MANAGER];
const AFTER = 'The `endCursor` of the page before; leave out for the first page.';
const BATCH = 'At most 100 at once.';

/** R18 reminders: the worker's sweep and deliveries (SERVICE), and each member of staff's own list. */
@Resolver(() => ReminderType)
export class ReminderResolver {
  @Query(() => ReminderCandidatePage, {
    description:
      'The reminder sweep (R18): your council’s open reviews whose reminder milestone today has no reminder recorded yet, a page of open reviews at a time in due-date order. Roles: SERVICE (the council’s automated worker).',
  })
  @Authorized(Role.SERVICE)
  async reminderCandidates(
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many open reviews to look at: 1 to 500, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after?: string,
  ): Promise<ReminderCandidatePage> {
    const page = await new ReminderService(ctx).candidates(first, after);
    return { candidates: page.rows.map((c) => ({ ...c, milestone: milestoneParts(c.milestone) })), pageInfo: page.pageInfo };
  }

  @Mutation(() => [ReminderType], {
    nullable: 'items',
    description:
      'Records the reminders the sweep found (R18), each once under its key, with its recipients and what is to be delivered; one already recorded is returned as it is. In the order given; null where the milestone no longer applies (the review is done, its due date moved, or the day changed). Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  recordReminders(@Arg('input', () => RecordRemindersInput, { description: 'The reminders to record.' }) input: RecordRemindersInput, @Ctx() ctx: SubgraphContext): Promise<Array<Reminder | null>> {
    return new ReminderService(ctx).record(input.reminders);
  }

  @Mutation(() => [ReminderType], {
    nullable: 'items',
    description:
      'Records the move reminders the sweep found (R20–R22), each once under its key, to your council’s named contact for the move, with what is to be delivered; one already recorded is returned as it is. In the order given; null where it no longer applies (the step was done, the move date changed or came, or the move ended). Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  recordMoveReminders(@Arg('input', () => RecordMoveRemindersInput, { description: 'The reminders to record.' }) input: RecordMoveRemindersInput, @Ctx() ctx: SubgraphContext): Promise<Array<Reminder | null>> {
    return new ReminderService(ctx).recordForMoves(input.reminders);
  }

  @Query(() => [PreparedDeliveryType], {
    nullable: 'items',
    description: 'Deliveries built for sending now from your council’s current settings, in the order asked; null for an id that names none of your council’s deliveries. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  preparedDeliveries(@Arg('ids', () => [ID], { description: `The deliveries’ ids. ${BATCH}` }) ids: string[], @Ctx() ctx: SubgraphContext) {
    return new DeliveryService(ctx).prepare(ids);
  }

  @Mutation(() => [DeliveryType], {
    nullable: 'items',
    description:
      'Records one attempt at each PENDING delivery: DELIVERED, still PENDING to be tried again, FAILED after a failed last attempt, or WITHDRAWN when it was not sent because its review is no longer open (R18); one already delivered or failed is left as it is. In the order given; null for an id that names none of your council’s deliveries. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  recordDeliveryAttempts(@Arg('input', () => RecordDeliveryAttemptsInput, { description: 'The attempts to record.' }) input: RecordDeliveryAttemptsInput, @Ctx() ctx: SubgraphContext): Promise<Array<Delivery | null>> {
    return new DeliveryService(ctx).recordAttempts(input.attempts);
  }

  @Query(() => DeliveryConnection, {
    description:
      'Your council’s reminder deliveries in one state, oldest first, a page at a time: FAILED ones for team managers to act on, PENDING ones for the worker to send again. Roles: SERVICE, TEAM_MANAGER.',
  })
  @Authorized(Role.SERVICE, Role.TEAM_MANAGER)
  async reminderDeliveries(
    @Arg('state', () => DeliveryState, { description: 'The state to list.' }) state: DeliveryState,
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many to return: 1 to 100 (to 500 for SERVICE), default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after?: string,
  ) {
    // The worker re-sends pending ones in big pages; people page as usual.
    const max = ctx.identity.roles.includes(Role.SERVICE) ? 500 : undefined;
    return toConnection(await new DeliveryService(ctx).inState(state, first, after, max));
  }

  @Query(() => NotificationConnection, { description: 'Your reminders (R18), newest first, a page at a time. Roles: PRACTITIONER, TEAM_MANAGER.' })
  @Authorized(...STAFF)
  async myReminders(
    @Ctx() ctx: SubgraphContext,
    @Arg('unreadOnly', { defaultValue: false, description: 'Only those you have not marked read.' }) unreadOnly: boolean,
    @Arg('first', () => Int, { nullable: true, description: 'How many to return: 1 to 100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after?: string,
  ) {
    return toConnection(await new ReminderService(ctx).forRecipient(unreadOnly, first, after));
  }

  @Mutation(() => NotificationType, {
    nullable: true,
    description: 'Marks one of your reminders read and returns it; one already read keeps when it was read. Null when the id is not one of your reminders. Roles: PRACTITIONER, TEAM_MANAGER.',
  })
  @Authorized(...STAFF)
  markReminderRead(@Arg('input', () => MarkReminderReadInput, { description: 'The reminder to mark read.' }) input: MarkReminderReadInput, @Ctx() ctx: SubgraphContext): Promise<Notification | null> {
    return new ReminderService(ctx).markRead(input.id);
  }

  @FieldResolver(() => ReminderMilestoneType)
  milestone(@Root() reminder: Reminder): MilestoneParts {
    return milestoneParts(reminder.milestone);
  }

  @FieldResolver(() => ReviewType, { nullable: true })
  review(@Root() reminder: Reminder, @Ctx() ctx: SubgraphContext): Promise<Review | null> | null {
    return reminder.reviewId ? loadVisible(ctx, Review, reminder.reviewId) : null;
  }

  @FieldResolver(() => HandoverRef, { nullable: true })
  handover(@Root() reminder: Reminder): HandoverRef | null {
    return reminder.handoverId ? { id: reminder.handoverId } : null;
  }

  @FieldResolver(() => [DeliveryType], {
    description: 'What is to be delivered for this reminder and how far each got: the webhook, if the council had one set when it was recorded, and an e-mail per recipient, if it had a sender address; empty when it had neither.',
  })
  deliveries(@Root() reminder: Reminder, @Ctx() ctx: SubgraphContext): Promise<Delivery[]> {
    return new ReminderService(ctx).deliveries(reminder.id);
  }
}

@Resolver(() => DeliveryType)
export class DeliveryResolver {
  @FieldResolver(() => ReminderType, { description: 'The reminder it delivers.' })
  async reminder(@Root() delivery: Delivery, @Ctx() ctx: SubgraphContext): Promise<Reminder> {
    return (await new ReminderService(ctx).reminder(delivery.reminderId))!;
  }
}

@Resolver(() => NotificationType)
export class NotificationResolver {
  @FieldResolver(() => ReminderType, { description: 'The reminder: which review, and which milestone.' })
  async reminder(@Root() notification: Notification, @Ctx() ctx: SubgraphContext): Promise<Reminder> {
    return (await new ReminderService(ctx).reminder(notification.reminderId))!;
  }
}
