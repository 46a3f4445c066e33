import { LocalDate, NotFound, reminderMessage, type ReminderMilestone } from '@careplan/domain';
import { WEBHOOK_HEADERS, signWebhook } from '@careplan/runtime';
import { askGraph, byId, decodeCursor, pageSize, type SubgraphContext } from '@careplan/subgraph-kit';
import { ReminderAddressDocument } from '../graph/generated';
import { Delivery, DeliveryChannel, DeliveryState, Notification, Reminder } from '../entities/reminder.entity';
import { Review } from '../entities/review.entity';
import { ReviewSettingsService, type EffectiveSettings } from './review-settings.service';

export interface PreparedDelivery {
  delivery: Delivery;
  webhook: { url: string; body: string; headers: Array<{ name: string; value: string }> } | null;
  email: { from: string; to: string; subject: string; text: string; messageId: string } | null;
  /** Why it cannot be sent at all (no address on record, webhook removed): the worker records it as failed. */
  undeliverable: string | null;
}

const MAX_ERROR = 500;

/**
 * R18 delivery: each message is built when it is sent, from what is recorded now, so a job carries ids
 * only. Webhooks are signed with the council's secret here, so the secret never leaves this subgraph.
 */
export class DeliveryService {
  constructor(private readonly ctx: SubgraphContext) {}

  async prepare(id: string): Promise<PreparedDelivery> {
    const delivery = await byId(this.ctx, Delivery).load(id);
    if (!delivery) throw new NotFound('Delivery', id);
    const reminder = (await byId(this.ctx, Reminder).load(delivery.reminderId))!;
    const review = (await byId(this.ctx, Review).load(reminder.reviewId))!;
    this.ctx.audit.read(reminder.personId);
    const settings = await new ReviewSettingsService(this.ctx).current();
    const prepared: PreparedDelivery = { delivery, webhook: null, email: null, undeliverable: null };
    if (delivery.channel === DeliveryChannel.WEBHOOK) {
      if (!settings.webhookUrl || !settings.webhookSecret) return { ...prepared, undeliverable: 'the council has no webhook set' };
      return { ...prepared, webhook: await this.webhook(delivery, reminder, review, settings) };
    }
    if (!settings.emailFrom) return { ...prepared, undeliverable: 'the council has no sender address for e-mail' };
    const notification = (await byId(this.ctx, Notification).load(delivery.notificationId!))!;
    const { practitioner } = await askGraph(this.ctx, ReminderAddressDocument, { id: notification.recipientPractitionerId });
    if (!practitioner?.email) return { ...prepared, undeliverable: 'no work e-mail address is recorded for the recipient' };
    const link = settings.frontendUrl ? new URL(`reviews/${review.id}`, settings.frontendUrl.endsWith('/') ? settings.frontendUrl : `${settings.frontendUrl}/`).toString() : null;
    const message = reminderMessage(reminder.milestone, LocalDate.parse(reminder.dueDate), notification.escalation, link);
    // A stable Message-ID: a mail system that sees a retried delivery twice can drop the repeat.
    return { ...prepared, email: { from: settings.emailFrom, to: practitioner.email, ...message, messageId: `<${delivery.id}@reminders.careplan>` } };
  }

  private async webhook(delivery: Delivery, reminder: Reminder, review: Review, settings: EffectiveSettings) {
    const notifications = await (await this.ctx.db.manager()).find(Notification, { where: { authorityCode: this.ctx.identity.authority, reminderId: reminder.id }, order: { createdAt: 'ASC' } });
    // Ids, not names: the council's frontend looks the rest up through the graph with its own sign-in.
    const body = JSON.stringify({
      event: 'review.reminder',
      deliveryId: delivery.id,
      authority: this.ctx.identity.authority,
      reviewId: review.id,
      planId: review.planId,
      personId: review.personId,
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
        { name: WEBHOOK_HEADERS.event, value: 'review.reminder' },
      ],
    };
  }

  /** One attempt's result. A delivered message stays delivered; the last failed attempt leaves it FAILED, in view. */
  async recordAttempt(id: string, delivered: boolean, error: string | null | undefined, final: boolean): Promise<Delivery> {
    const manager = await this.ctx.db.manager();
    const state = delivered ? DeliveryState.DELIVERED : final ? DeliveryState.FAILED : DeliveryState.PENDING;
    await manager
      .createQueryBuilder()
      .update(Delivery)
      .set({
        state,
        attempts: () => 'attempts + 1',
        lastAttemptAt: () => 'now()',
        lastError: delivered ? null : (error ?? 'unknown error').slice(0, MAX_ERROR),
        ...(delivered ? { deliveredAt: () => 'now()' } : {}),
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      })
      .where(`id = :id AND authority_code = :authority AND state = 'PENDING'`, { id, authority: this.ctx.identity.authority })
      .execute();
    const row = await manager.findOneBy(Delivery, { id, authorityCode: this.ctx.identity.authority });
    if (!row) throw new NotFound('Delivery', id);
    return row;
  }

  /** Deliveries in one state, oldest first: PENDING for the sweep to re-send, FAILED for managers to see. */
  async inState(state: DeliveryState, first: number | null | undefined, after: string | null | undefined, max?: number): Promise<{ rows: Delivery[]; hasNextPage: boolean }> {
    const size = pageSize(first, 'first', max);
    const q = (await this.ctx.db.manager())
      .createQueryBuilder(Delivery, 'd')
      .where('d.authority_code = :authority AND d.state = :state', { authority: this.ctx.identity.authority, state })
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .take(size + 1);
    if (after) {
      const cursor = decodeCursor(after);
      q.andWhere('(d.created_at, d.id) > (:at, :id)', { at: cursor.createdAt, id: cursor.id });
    }
    const rows = await q.getMany();
    return { rows: rows.slice(0, size), hasNextPage: rows.length > size };
  }
}
