import { In } from 'typeorm';
import { LocalDate, isReviewOpen, moveReminderMessage, openMoveStep, reminderMessage, type ReminderMilestone } from '@careplan/domain';
import { WEBHOOK_HEADERS, signWebhook } from '@careplan/runtime';
import { askGraph, byId, createdOrder, keysetPage, manyBy, type Page, type SubgraphContext } from '@careplan/subgraph-kit';
import { MoveReminderFactsDocument, ReminderAddressesDocument, type MoveReminderFactsQuery } from '../graph/generated';
import { Delivery, DeliveryChannel, DeliveryState, Notification, Reminder } from '../entities/reminder.entity';
import { Review } from '../entities/review.entity';
import { assertBatch } from './batch';
import { ReviewSettingsService, type EffectiveSettings } from './review-settings.service';

export interface DeliveryAttempt {
  id: string;
  delivered: boolean;
  final: boolean;
  error?: string | null;
  withdrawn?: boolean;
}

interface Loaded {
  delivery: Delivery;
  reminder: Reminder;
  /** The review a review reminder is about; null for a move reminder. */
  review: Review | null;
}

type Move = MoveReminderFactsQuery['handoversById'][number];

export interface PreparedDelivery {
  delivery: Delivery;
  webhook: { url: string; body: string; headers: Array<{ name: string; value: string }> } | null;
  email: { from: string; to: string; subject: string; text: string; messageId: string } | null;
  /** Why it cannot be sent at all (no address on record, webhook removed): the worker records it as failed. */
  undeliverable: string | null;
  /** Why it must not be sent (R18): its review is no longer open; the worker records it as withdrawn. */
  withdrawn: string | null;
}

const MAX_ERROR = 500;

/**
 * R18 delivery: each message is built when it is sent, from what is recorded now, so a job carries ids
 * only. Webhooks are signed with the council's secret here, so the secret never leaves this subgraph.
 */
export class DeliveryService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** Deliveries built for sending now, in the order asked; null for an id that names none of yours. */
  async prepare(ids: readonly string[]): Promise<Array<PreparedDelivery | null>> {
    assertBatch(ids, 'ids', (id) => id);
    const settings = await new ReviewSettingsService(this.ctx).current();
    const loaded = await Promise.all(ids.map((id) => this.load(id)));
    // The graph is asked once for every e-mail's address, after the reads and before building any.
    const emails = settings.emailFrom ? loaded.filter((l) => l?.delivery.channel === DeliveryChannel.EMAIL) : [];
    const addresses = emails.length ? await this.addresses(emails.map((l) => l!.delivery)) : new Map<string, string>();
    const moveIds = [...new Set(loaded.flatMap((l) => (l?.reminder.handoverId ? [l.reminder.handoverId] : [])))];
    const moves = new Map(moveIds.length ? (await askGraph(this.ctx, MoveReminderFactsDocument, { ids: moveIds })).handoversById.map((h) => [h.id, h]) : []);
    return Promise.all(loaded.map((l) => (l ? this.build(l, settings, addresses, moves) : null)));
  }

  private async load(id: string): Promise<Loaded | null> {
    const delivery = await byId(this.ctx, Delivery).load(id);
    if (!delivery) return null;
    const reminder = (await byId(this.ctx, Reminder).load(delivery.reminderId))!;
    const review = reminder.reviewId ? await byId(this.ctx, Review).load(reminder.reviewId) : null;
    this.ctx.audit.read(reminder.personId);
    return { delivery, reminder, review };
  }

  /** Work e-mail addresses of the recipients of these e-mail deliveries (at most a batch), by practitioner id. */
  private async addresses(deliveries: Delivery[]): Promise<Map<string, string>> {
    const notifications = await Promise.all(deliveries.map((d) => byId(this.ctx, Notification).load(d.notificationId!)));
    const ids = [...new Set(notifications.map((n) => n!.recipientPractitionerId))];
    const { practitionersById } = await askGraph(this.ctx, ReminderAddressesDocument, { ids });
    return new Map(practitionersById.flatMap((p) => (p.email ? [[p.id, p.email] as const] : [])));
  }

  private async build({ delivery, reminder, review }: Loaded, settings: EffectiveSettings, addresses: ReadonlyMap<string, string>, moves: ReadonlyMap<string, Move>): Promise<PreparedDelivery> {
    const prepared: PreparedDelivery = { delivery, webhook: null, email: null, undeliverable: null, withdrawn: null };
    // A reminder is about something still to be done: once it is done or called off, it is not sent.
    const move = reminder.handoverId ? moves.get(reminder.handoverId) : undefined;
    const step = move && move.moveDate === reminder.dueDate ? openMoveStep({ status: move.status, assessed: Boolean(move.secondAssessment) }, move.direction === 'INCOMING' ? 'RECEIVING' : 'SENDING') : null;
    if (review && !isReviewOpen(review.state)) return { ...prepared, withdrawn: `the review is ${review.state.toLowerCase().replace(/_/g, ' ')}` };
    if (!review && !step) return { ...prepared, withdrawn: 'the step of the move is done, or the move ended or changed date' };
    if (delivery.channel === DeliveryChannel.WEBHOOK) {
      if (!settings.webhookUrl || !settings.webhookSecret) return { ...prepared, undeliverable: 'the council has no webhook set' };
      return { ...prepared, webhook: await this.webhook(delivery, reminder, review, settings) };
    }
    if (!settings.emailFrom) return { ...prepared, undeliverable: 'the council has no sender address for e-mail' };
    const notification = (await byId(this.ctx, Notification).load(delivery.notificationId!))!;
    const to = addresses.get(notification.recipientPractitionerId);
    if (!to) return { ...prepared, undeliverable: 'no work e-mail address is recorded for the recipient' };
    const path = review ? `reviews/${review.id}` : `moves/${reminder.handoverId}`;
    const link = settings.frontendUrl ? new URL(path, settings.frontendUrl.endsWith('/') ? settings.frontendUrl : `${settings.frontendUrl}/`).toString() : null;
    const due = LocalDate.parse(reminder.dueDate);
    const message = review ? reminderMessage(reminder.milestone, due, notification.escalation, link) : moveReminderMessage(step!, move!.continuityDuty, reminder.milestone, due, link);
    // A stable Message-ID: a mail system that sees a retried delivery twice can drop the repeat.
    return { ...prepared, email: { from: settings.emailFrom, to, ...message, messageId: `<${delivery.id}@reminders.careplan>` } };
  }

  private async webhook(delivery: Delivery, reminder: Reminder, review: Review | null, settings: EffectiveSettings) {
    const notifications = await manyBy(this.ctx, Notification, 'reminderId').load(reminder.id);
    const event = review ? 'review.reminder' : 'handover.reminder';
    // Ids, not names: the council's frontend looks the rest up through the graph with its own sign-in.
    const body = JSON.stringify({
      event,
      deliveryId: delivery.id,
      authority: this.ctx.identity.authority,
      ...(review ? { reviewId: review.id, planId: review.planId } : { handoverId: reminder.handoverId }),
      personId: reminder.personId,
      milestone: reminder.milestone as ReminderMilestone,
      dueDate: reminder.dueDate,
      recipients: notifications.map((n) => ({ userId: n.recipientUserId, escalation: n.escalation })),
      sentAt: new Date().toISOString(),
    });
    return {
      url: settings.webhookUrl!,
      body,
      headers: [
        { name: WEBHOOK_HEADERS.signature, value: signWebhook(settings.webhookSecret!, body, Math.floor(Date.now() / 1000)) },
        { name: WEBHOOK_HEADERS.delivery, value: delivery.id },
        { name: WEBHOOK_HEADERS.event, value: event },
      ],
    };
  }

  /**
   * Each attempt's result, in the order given; null for an id that names none of yours. A delivered
   * message stays delivered; a failed last attempt leaves it FAILED, in view. A withdrawn one becomes
   * WITHDRAWN only if its review is indeed no longer open (R18); else it stays PENDING, untouched.
   */
  async recordAttempts(attempts: readonly DeliveryAttempt[]): Promise<Array<Delivery | null>> {
    assertBatch(attempts, 'attempts', (a) => a.id);
    if (!attempts.length) return [];
    const manager = await this.ctx.db.manager();
    const authority = this.ctx.identity.authority;
    await manager.query(
      `UPDATE reviews.delivery d
          SET state = a.state, attempts = d.attempts + 1, last_attempt_at = now(), last_error = a.error,
              delivered_at = CASE WHEN a.state = 'DELIVERED' THEN now() ELSE d.delivered_at END,
              version = d.version + 1, updated_at = now()
         FROM unnest($2::uuid[], $3::text[], $4::text[]) AS a(id, state, error), reviews.reminder m
        WHERE d.id = a.id AND d.authority_code = $1 AND d.state = 'PENDING' AND m.id = d.reminder_id
          AND NOT (a.state = 'WITHDRAWN' AND EXISTS (SELECT 1 FROM reviews.review r WHERE r.id = m.review_id AND r.state IN ('OPEN', 'IN_PROGRESS')))`,
      [
        authority,
        attempts.map((a) => a.id),
        attempts.map((a) => (a.delivered ? DeliveryState.DELIVERED : a.withdrawn ? DeliveryState.WITHDRAWN : a.final ? DeliveryState.FAILED : DeliveryState.PENDING)),
        attempts.map((a) => (a.delivered ? null : (a.error ?? 'unknown error').slice(0, MAX_ERROR))),
      ],
    );
    const rows = new Map((await manager.find(Delivery, { where: { authorityCode: authority, id: In(attempts.map((a) => a.id)) } })).map((d) => [d.id, d]));
    return attempts.map((a) => rows.get(a.id) ?? null);
  }

  /** Deliveries in one state, oldest first: PENDING for the sweep to re-send, FAILED for managers to see. */
  async inState(state: DeliveryState, first: number | null | undefined, after: string | null | undefined, max?: number): Promise<Page<Delivery>> {
    const q = (await this.ctx.db.manager())
      .createQueryBuilder(Delivery, 'd')
      .where('d.authority_code = :authority AND d.state = :state', { authority: this.ctx.identity.authority, state });
    return keysetPage(q, createdOrder('d'), { first, after }, max);
  }
}
