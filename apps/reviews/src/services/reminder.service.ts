import { In, IsNull } from 'typeorm';
import { LocalDate, ReviewState, Role, currentMilestone, escalates, reminderKey, sweepHorizonDays, type ReminderMilestone } from '@careplan/domain';
import { askGraph, byId, decodeCursor, loadVisible, pageSize, type SubgraphContext } from '@careplan/subgraph-kit';
import { ReminderRecipientsDocument } from '../graph/generated';
import { Delivery, DeliveryChannel, DeliveryState, Notification, Reminder } from '../entities/reminder.entity';
import { Review } from '../entities/review.entity';
import { afterDueDate, dueDateCursor } from './due-date-page';
import { ReviewSettingsService } from './review-settings.service';

export interface ReminderCandidate {
  reviewId: string;
  milestone: ReminderMilestone;
  dueDate: string;
  key: string;
}

interface Staff {
  id: string;
  userId: string;
  active: boolean;
}

/** The sweep reads open reviews in pages this big: it is a service job, not a screen. */
const SWEEP_PAGE = 500;

/** R18: which reviews reached a milestone today, and recording each reminder once before it is sent. */
export class ReminderService {
  constructor(private readonly ctx: SubgraphContext) {}

  /**
   * Open reviews due within the longest lead time (or overdue) whose milestone today has no reminder
   * yet, a page of reviews at a time in due-date order. The worker enqueues one job per candidate.
   */
  async candidates(first: number | null | undefined, after: string | null | undefined): Promise<{ rows: ReminderCandidate[]; endCursor: string | null; hasNextPage: boolean }> {
    const size = pageSize(first, 'first', SWEEP_PAGE);
    const settings = await new ReviewSettingsService(this.ctx).current();
    const today = LocalDate.today();
    const manager = await this.ctx.db.manager();
    const q = manager
      .createQueryBuilder(Review, 'r')
      .select(['r.id', 'r.dueDate'])
      .where('r.authority_code = :authority', { authority: this.ctx.identity.authority })
      .andWhere(`r.state IN ('OPEN', 'IN_PROGRESS')`)
      .andWhere('r.due_date <= :horizon', { horizon: today.plusDays(sweepHorizonDays(settings.reminders)).toString() })
      .orderBy('r.due_date', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .take(size + 1);
    afterDueDate(q, after);
    const page = await q.getMany();
    const reviews = page.slice(0, size);
    const due = reviews.flatMap((r) => {
      const dueDate = LocalDate.parse(r.dueDate);
      const milestone = currentMilestone(dueDate, today, settings.reminders);
      return milestone ? [{ reviewId: r.id, milestone, dueDate: r.dueDate, key: reminderKey(r.id, milestone, dueDate) }] : [];
    });
    const recorded = due.length
      ? new Set((await manager.find(Reminder, { select: { key: true }, where: { authorityCode: this.ctx.identity.authority, key: In(due.map((c) => c.key)) } })).map((r) => r.key))
      : new Set<string>();
    const last = reviews.at(-1);
    return {
      rows: due.filter((c) => !recorded.has(c.key)),
      endCursor: last ? dueDateCursor(last) : null,
      hasNextPage: page.length > size,
    };
  }

  /**
   * Records the reminder for a review's milestone, who it is for, and what is to be delivered, in one
   * transaction under the unique key; a second call (retry, duplicate sweep, restarted worker) returns
   * the reminder already recorded. Null when the milestone no longer applies (done, moved, a new day).
   */
  async record(reviewId: string, milestone: string, dueDate: string): Promise<Reminder | null> {
    const review = await loadVisible(this.ctx, Review, reviewId);
    const settings = await new ReviewSettingsService(this.ctx).current();
    if (!review || (review.state !== ReviewState.OPEN && review.state !== ReviewState.IN_PROGRESS) || review.dueDate !== dueDate) return null;
    const due = LocalDate.parse(review.dueDate);
    if (currentMilestone(due, LocalDate.today(), settings.reminders) !== milestone) return null;
    const key = reminderKey(review.id, milestone, due);
    const existing = await (await this.ctx.db.manager()).findOneBy(Reminder, { authorityCode: this.ctx.identity.authority, key });
    if (existing) return existing;

    const recipients = await this.recipients(review.personId, escalates(milestone));
    // Asking the graph gave the connection back: the writes below run in a new transaction.
    const manager = await this.ctx.db.manager();
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO reviews.reminder (authority_code, person_id, review_id, milestone, due_date, key)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (authority_code, key) DO NOTHING RETURNING id`,
      [this.ctx.identity.authority, review.personId, review.id, milestone, review.dueDate, key],
    );
    // Another request recorded it first (it waited for that transaction): that one is the reminder.
    if (!inserted.length) return manager.findOneByOrFail(Reminder, { authorityCode: this.ctx.identity.authority, key });
    const reminderId = inserted[0].id;
    const authorityCode = this.ctx.identity.authority;
    const notifications = await manager.save(
      recipients.map((r) => manager.create(Notification, { authorityCode, reminderId, recipientUserId: r.userId, recipientPractitionerId: r.id, escalation: r.escalation })),
    );
    const deliveries = [
      ...(settings.webhookUrl ? [{ channel: DeliveryChannel.WEBHOOK, notificationId: null }] : []),
      ...(settings.emailFrom ? notifications.map((n) => ({ channel: DeliveryChannel.EMAIL, notificationId: n.id })) : []),
    ];
    await manager.save(deliveries.map((d) => manager.create(Delivery, { authorityCode, reminderId, ...d, state: DeliveryState.PENDING, attempts: 0 })));
    this.ctx.audit.wrote(review.personId);
    return manager.findOneByOrFail(Reminder, { id: reminderId });
  }

  deliveries(reminderId: string): Promise<Delivery[]> {
    return this.ctx.loaders
      .get<string, Delivery[]>('reminder-deliveries', async (ids) => {
        const rows = await (await this.ctx.db.manager()).find(Delivery, { where: { authorityCode: this.ctx.identity.authority, reminderId: In([...ids]) }, order: { createdAt: 'ASC' } });
        return ids.map((id) => rows.filter((d) => d.reminderId === id));
      })
      .load(reminderId);
  }

  /**
   * R18: the allocated practitioner; overdue reviews also go to the team's managers. Nobody allocated,
   * or nobody left in the team, goes to the managers of the whole authority: never to nobody.
   */
  private async recipients(personId: string, escalation: boolean): Promise<Array<Staff & { escalation: boolean }>> {
    const found = await askGraph(this.ctx, ReminderRecipientsDocument, { id: personId });
    const practitioner = found.person?.allocatedPractitioner?.active ? found.person.allocatedPractitioner : null;
    const recipients: Array<Staff & { escalation: boolean }> = practitioner ? [{ ...practitioner, escalation: false }] : [];
    if (escalation || !practitioner) {
      const team = found.person?.team ?? found.person?.allocatedPractitioner?.team ?? null;
      let managers = (team?.managers ?? []).filter((m) => m.active);
      if (!managers.length) managers = found.practitioners.filter((p) => p.active && p.roles.includes(Role.TEAM_MANAGER));
      for (const m of managers) if (!recipients.some((r) => r.id === m.id)) recipients.push({ ...m, escalation: true });
    }
    return recipients.map(({ id, userId, escalation: e }) => ({ id, userId, active: true, escalation: e }));
  }

  /** A member of staff's reminders, newest first (what a frontend lists). */
  async forRecipient(unreadOnly: boolean, first: number | null | undefined, after: string | null | undefined): Promise<{ rows: Notification[]; hasNextPage: boolean }> {
    const size = pageSize(first);
    const q = (await this.ctx.db.manager())
      .createQueryBuilder(Notification, 'n')
      .where('n.authority_code = :authority AND n.recipient_user_id = :user', { authority: this.ctx.identity.authority, user: this.ctx.identity.userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(size + 1);
    if (unreadOnly) q.andWhere('n.read_at IS NULL');
    if (after) {
      const cursor = decodeCursor(after);
      q.andWhere('(n.created_at, n.id) < (:at, :id)', { at: cursor.createdAt, id: cursor.id });
    }
    const rows = await q.getMany();
    return { rows: rows.slice(0, size), hasNextPage: rows.length > size };
  }

  reminder(id: string): Promise<Reminder | null> {
    return byId(this.ctx, Reminder).load(id);
  }

  async markRead(id: string): Promise<Notification | null> {
    const manager = await this.ctx.db.manager();
    await manager.update(Notification, { id, authorityCode: this.ctx.identity.authority, recipientUserId: this.ctx.identity.userId, readAt: IsNull() }, { readAt: new Date() });
    return manager.findOneBy(Notification, { id, authorityCode: this.ctx.identity.authority, recipientUserId: this.ctx.identity.userId });
  }
}
