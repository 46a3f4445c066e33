import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careplan/domain';
import { loadVisible, toConnection, type SubgraphContext } from '@careplan/subgraph-kit';
import { DeliveryState, type Delivery, type Notification, type Reminder } from '../entities/reminder.entity';
import { Review } from '../entities/review.entity';
import { DeliveryService } from '../services/delivery.service';
import { ReminderService } from '../services/reminder.service';
import {
  DeliveryAttemptInput,
  DeliveryConnection,
  DeliveryType,
  NotificationConnection,
  NotificationType,
  PreparedDeliveryType,
  ReminderCandidatePage,
  ReminderToRecordInput,
  ReminderType,
} from './reminder.types';
import { ReviewType } from './types';

const STAFF = [Role.PRACTITIONER, Role.TEAM_MANAGER];

/** R18 reminders: the worker's sweep and deliveries (SERVICE), and each member of staff's own list. */
@Resolver(() => ReminderType)
export class ReminderResolver {
  @Query(() => ReminderCandidatePage, { description: 'Reviews that reached a reminder milestone today with none recorded (the sweep).' })
  @Authorized(Role.SERVICE)
  async reminderCandidates(
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ReminderCandidatePage> {
    const page = await new ReminderService(ctx).candidates(first, after);
    return { candidates: page.rows, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }

  @Mutation(() => [ReminderType], {
    nullable: 'items',
    description:
      'Records reminders the sweep found, each once under its key, with whom it is for and what is to be delivered; one already recorded is answered as it is. In the order given; null where the milestone no longer applies.',
  })
  @Authorized(Role.SERVICE)
  recordReminders(
    @Arg('reminders', () => [ReminderToRecordInput], { description: 'At most 100 at once.' }) reminders: ReminderToRecordInput[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<Array<Reminder | null>> {
    return new ReminderService(ctx).record(reminders);
  }

  @Query(() => [PreparedDeliveryType], { nullable: 'items', description: 'Deliveries built for sending now, in the order asked; null for an id that names no delivery.' })
  @Authorized(Role.SERVICE)
  preparedDeliveries(@Arg('ids', () => [ID], { description: 'At most 100 at once.' }) ids: string[], @Ctx() ctx: SubgraphContext) {
    return new DeliveryService(ctx).prepare(ids);
  }

  @Mutation(() => [DeliveryType], {
    nullable: 'items',
    description: 'Records one attempt at each delivery; a failed last attempt leaves it FAILED. In the order given; null for an id that names no delivery.',
  })
  @Authorized(Role.SERVICE)
  recordDeliveryAttempts(
    @Arg('attempts', () => [DeliveryAttemptInput], { description: 'At most 100 at once.' }) attempts: DeliveryAttemptInput[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<Array<Delivery | null>> {
    return new DeliveryService(ctx).recordAttempts(attempts);
  }

  @Query(() => DeliveryConnection, { description: 'Deliveries in a state, oldest first: FAILED ones for managers to act on.' })
  @Authorized(Role.SERVICE, Role.TEAM_MANAGER)
  async reminderDeliveries(
    @Arg('state', () => DeliveryState) state: DeliveryState,
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    // The worker re-sends pending ones in big pages; people page as usual.
    const max = ctx.identity.roles.includes(Role.SERVICE) ? 500 : undefined;
    return toConnection(await new DeliveryService(ctx).inState(state, first, after, max));
  }

  @Query(() => NotificationConnection, { description: 'Your reminders, newest first.' })
  @Authorized(...STAFF)
  async myReminders(
    @Ctx() ctx: SubgraphContext,
    @Arg('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return toConnection(await new ReminderService(ctx).forRecipient(unreadOnly, first, after));
  }

  @Mutation(() => NotificationType, { nullable: true, description: 'Marks one of your reminders as read.' })
  @Authorized(...STAFF)
  markReminderRead(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Notification | null> {
    return new ReminderService(ctx).markRead(id);
  }

  @FieldResolver(() => ReviewType)
  async review(@Root() reminder: Reminder, @Ctx() ctx: SubgraphContext): Promise<Review> {
    return (await loadVisible(ctx, Review, reminder.reviewId))!;
  }

  @FieldResolver(() => [DeliveryType], { description: 'What is to be delivered for this reminder, and how far it got.' })
  deliveries(@Root() reminder: Reminder, @Ctx() ctx: SubgraphContext): Promise<Delivery[]> {
    return new ReminderService(ctx).deliveries(reminder.id);
  }
}

@Resolver(() => DeliveryType)
export class DeliveryResolver {
  @FieldResolver(() => ReminderType)
  async reminder(@Root() delivery: Delivery, @Ctx() ctx: SubgraphContext): Promise<Reminder> {
    return (await new ReminderService(ctx).reminder(delivery.reminderId))!;
  }
}

@Resolver(() => NotificationType)
export class NotificationResolver {
  @FieldResolver(() => ReminderType)
  async reminder(@Root() notification: Notification, @Ctx() ctx: SubgraphContext): Promise<Reminder> {
    return (await new ReminderService(ctx).reminder(notification.reminderId))!;
  }
}
