import { In, IsNull } from 'typeorm';
import {
  LocalDate,
  currentMilestone,
  isReviewOpen,
  escalates,
  milestoneCode,
  moveMilestone,
  moveReminderKey,
  openMoveStep,
  reminderKey,
  reminderRecipients,
  sweepHorizonDays,
  type ReminderMilestone,
  type ReminderMilestoneKind,
  type ReminderRecipient,
} from '@careplan/domain';
import { askGraph, byId, createdOrder, keysetPage, loadVisible, toConnection, type Page, type PageInfo, type SubgraphContext } from '@careplan/subgraph-kit';
import { MoveReminderFactsDocument, ReminderRecipientsDocument } from '../graph/generated';
import { Delivery, DeliveryChannel, Notification, Reminder } from '../entities/reminder.entity';
import { Review } from '../entities/review.entity';
import { assertBatch } from './batch';
import { DUE_DATE_ORDER } from './due-date-page';
import { ReviewSettingsService, type EffectiveSettings } from './review-settings.service';

export interface ReminderCandidate {
  reviewId: string;
  milestone: ReminderMilestone;
  dueDate: string;
  key: string;
}

/** A reminder to record: about a review or about a move, to these recipients. */
interface NewReminder {
  key: string;
  personId: string;
  reviewId: string | null;
  handoverId: string | null;
  milestone: ReminderMilestone;
  dueDate: string;
  recipients: ReminderRecipient[];
}

/** A milestone as the graph gives it back: its kind and number (`milestoneCode` checks they fit). */
interface MilestoneGiven {
  kind: ReminderMilestoneKind;
  daysBefore?: number | null;
  weeksOverdue?: number | null;
}

export interface MoveReminderToRecord {
  handoverId: string;
  milestone: MilestoneGiven;
  moveDate: string;
}

export interface ReminderToRecord {
  reviewId: string;
  milestone: MilestoneGiven;
  dueDate: string;
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
  async candidates(first: number | null | undefined, after: string | null | undefined): Promise<{ rows: ReminderCandidate[]; pageInfo: PageInfo }> {
    const settings = await new ReviewSettingsService(this.ctx).current();
    const today = LocalDate.today();
    const manager = await this.ctx.db.manager();
    const q = manager
      .createQueryBuilder(Review, 'r')
      .select(['r.id', 'r.dueDate'])
      .where('r.authority_code = :authority', { authority: this.ctx.identity.authority })
      .andWhere(`r.state IN ('OPEN', 'IN_PROGRESS')`)
      .andWhere('r.due_date <= :horizon', { horizon: today.plusDays(sweepHorizonDays(settings.reminders)).toString() });
    const page = await keysetPage(q, DUE_DATE_ORDER, { first, after }, SWEEP_PAGE);
    const due = page.rows.flatMap((r) => {
      const dueDate = LocalDate.parse(r.dueDate);
      const milestone = currentMilestone(dueDate, today, settings.reminders);
      return milestone ? [{ reviewId: r.id, milestone, dueDate: r.dueDate, key: reminderKey(r.id, milestone, dueDate) }] : [];
    });
    const recorded = due.length
      ? new Set((await manager.find(Reminder, { select: { key: true }, where: { authorityCode: this.ctx.identity.authority, key: In(due.map((c) => c.key)) } })).map((r) => r.key))
      : new Set<string>();
    const { pageInfo } = toConnection(page);
    return { rows: due.filter((c) => !recorded.has(c.key)), pageInfo };
  }

  /**
   * Records each reminder for a review's milestone, who it is for and what is to be delivered, under its
   * unique key; one already recorded (retry, duplicate sweep, restarted worker) is answered as it is.
   * Null for one whose milestone no longer applies (done, moved, a new day). In the order asked.
   */
  async record(wanted: readonly ReminderToRecord[]): Promise<Array<Reminder | null>> {
    assertBatch(wanted, 'reminders', (w) => w.reviewId);
    const milestones = wanted.map((w) => milestoneCode(w.milestone));
    const authorityCode = this.ctx.identity.authority;
    const settings = await new ReviewSettingsService(this.ctx).current();
    const today = LocalDate.today();
    const reviews = await Promise.all(wanted.map((w) => loadVisible(this.ctx, Review, w.reviewId)));
    const keys = wanted.map((w, i) => {
      const review = reviews[i];
      if (!review || !isReviewOpen(review.state) || review.dueDate !== w.dueDate) return null;
      const due = LocalDate.parse(review.dueDate);
      return currentMilestone(due, today, settings.reminders) === milestones[i] ? reminderKey(review.id, milestones[i], due) : null;
    });
    const applying = [...new Set(keys.filter((k): k is string => k !== null))];
    if (!applying.length) return keys.map(() => null);
    const findRecorded = async () => (await this.ctx.db.manager()).find(Reminder, { where: { authorityCode, key: In(applying) } });
    let recorded = await findRecorded();
    const existing = new Set(recorded.map((r) => r.key));
    const fresh = new Map<string, { review: Review; milestone: ReminderMilestone }>();
    keys.forEach((key, i) => {
      if (key && !existing.has(key)) fresh.set(key, { review: reviews[i]!, milestone: milestones[i] });
    });
    if (fresh.size) {
      await this.insert(fresh, settings);
      recorded = await findRecorded();
    }
    const byKey = new Map(recorded.map((r) => [r.key, r]));
    return keys.map((key) => (key ? (byKey.get(key) ?? null) : null));
  }

  /** The review reminders not yet recorded, to the recipients R18 picks for each person. */
  private async insert(fresh: ReadonlyMap<string, { review: Review; milestone: ReminderMilestone }>, settings: EffectiveSettings): Promise<void> {
    const recipientsOf = await this.recipients([...fresh.values()].map((f) => f.review.personId));
    // Asking the graph gave the connection back: the writes run in a new transaction.
    await this.write(
      [...fresh].map(([key, { review, milestone }]) => ({
        key,
        personId: review.personId,
        reviewId: review.id,
        handoverId: null,
        milestone,
        dueDate: review.dueDate,
        recipients: recipientsOf(review.personId, escalates(milestone)),
      })),
      settings,
    );
  }

  /**
   * Reminders (of a review or of a move) with their notifications and deliveries, in one transaction and a
   * statement a table. Any not inserted were recorded by another request first (this waited for its
   * transaction), and keep what that one recorded.
   */
  private async write(wanted: NewReminder[], settings: EffectiveSettings): Promise<void> {
    const manager = await this.ctx.db.manager();
    const authority = this.ctx.identity.authority;
    // In key order, so two requests recording some of the same reminders wait on each other, never deadlock.
    const rows = [...wanted].sort((a, b) => (a.key < b.key ? -1 : 1));
    const inserted: Array<{ id: string; key: string }> = await manager.query(
      `INSERT INTO reviews.reminder (authority_code, person_id, review_id, handover_id, milestone, due_date, key)
       SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::date[], $7::text[])
       ON CONFLICT (authority_code, key) DO NOTHING RETURNING id, key`,
      [authority, rows.map((r) => r.personId), rows.map((r) => r.reviewId), rows.map((r) => r.handoverId), rows.map((r) => r.milestone), rows.map((r) => r.dueDate), rows.map((r) => r.key)],
    );
    if (!inserted.length) return;
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const recipients = inserted.flatMap(({ id, key }) => byKey.get(key)!.recipients.map((r) => ({ reminderId: id, ...r })));
    const notifications: Array<{ id: string; reminder_id: string }> = recipients.length
      ? await manager.query(
          `INSERT INTO reviews.notification (authority_code, reminder_id, recipient_user_id, recipient_practitioner_id, escalation)
           SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::boolean[]) RETURNING id, reminder_id`,
          [authority, recipients.map((r) => r.reminderId), recipients.map((r) => r.userId), recipients.map((r) => r.id), recipients.map((r) => r.escalation)],
        )
      : [];
    const deliveries = [
      ...(settings.webhookUrl ? inserted.map(({ id }) => ({ reminderId: id, notificationId: null, channel: DeliveryChannel.WEBHOOK })) : []),
      ...(settings.emailFrom ? notifications.map((n) => ({ reminderId: n.reminder_id, notificationId: n.id, channel: DeliveryChannel.EMAIL })) : []),
    ];
    if (deliveries.length) {
      await manager.query(
        `INSERT INTO reviews.delivery (authority_code, reminder_id, notification_id, channel)
         SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::text[])`,
        [authority, deliveries.map((d) => d.reminderId), deliveries.map((d) => d.notificationId), deliveries.map((d) => d.channel)],
      );
    }
    this.ctx.audit.wrote(...inserted.map(({ key }) => byKey.get(key)!.personId));
  }

  /**
   * R20–R22: records each move reminder once under its key, to the council's named contact for the move,
   * while the step the council owes is still open and the move date is as the sweep saw it; null where it
   * no longer applies. In the order asked.
   */
  async recordForMoves(wanted: readonly MoveReminderToRecord[]): Promise<Array<Reminder | null>> {
    assertBatch(wanted, 'reminders', (w) => w.handoverId);
    const milestones = wanted.map((w) => milestoneCode(w.milestone));
    const authorityCode = this.ctx.identity.authority;
    const today = LocalDate.today();
    const { handoversById } = await askGraph(this.ctx, MoveReminderFactsDocument, { ids: [...new Set(wanted.map((w) => w.handoverId))] });
    const moves = new Map(handoversById.map((h) => [h.id, h]));
    const applying = wanted.map((w, i) => {
      const milestone = milestones[i];
      const h = moves.get(w.handoverId);
      if (!h || !h.person || h.moveDate !== w.moveDate) return null;
      const moveDate = LocalDate.parse(h.moveDate);
      const side = h.direction === 'INCOMING' ? 'RECEIVING' : 'SENDING';
      const contact = side === 'RECEIVING' ? h.contacts.to : h.contacts.from;
      if (!contact || moveMilestone(moveDate, today) !== milestone || !openMoveStep({ status: h.status, assessed: Boolean(h.secondAssessment) }, side)) return null;
      return { key: moveReminderKey(h.id, milestone, moveDate), handoverId: h.id, personId: h.person.id, milestone, moveDate: h.moveDate, contact };
    });
    const fresh = applying.filter((a): a is NonNullable<typeof a> => a !== null);
    if (!fresh.length) return wanted.map(() => null);
    // The same reminder twice in one batch is recorded once.
    const unique = [...new Map(fresh.map((f) => [f.key, f])).values()];
    await this.write(
      unique.map(({ key, personId, handoverId, milestone, moveDate, contact }) => ({
        key,
        personId,
        reviewId: null,
        handoverId,
        milestone,
        dueDate: moveDate,
        recipients: [{ id: contact.practitionerId, userId: contact.userId, escalation: false }],
      })),
      await new ReviewSettingsService(this.ctx).current(),
    );
    const manager = await this.ctx.db.manager();
    const recorded = new Map((await manager.find(Reminder, { where: { authorityCode, key: In(unique.map((r) => r.key)) } })).map((r) => [r.key, r]));
    return applying.map((a) => (a ? (recorded.get(a.key) ?? null) : null));
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
   * Who each person's reminders go to (R18, the domain's rule), from one question to the graph for all
   * of them: each one's allocation, and the staff the rule may pick from.
   */
  private async recipients(personIds: string[]): Promise<(personId: string, escalation: boolean) => ReminderRecipient[]> {
    const ids = [...new Set(personIds)];
    const found = await askGraph(this.ctx, ReminderRecipientsDocument, { ids, count: ids.length });
    const people = new Map(found.people.edges.map(({ node }) => [node.id, { allocatedPractitionerId: node.allocatedPractitioner?.id ?? null, teamId: node.team?.id ?? null }]));
    const staff = found.reminderStaff.map((p) => ({ id: p.id, userId: p.userId, active: p.active, roles: p.roles, teamId: p.team?.id ?? null }));
    const nobody = { allocatedPractitionerId: null, teamId: null };
    return (personId, escalation) => reminderRecipients(people.get(personId) ?? nobody, staff, escalation);
  }

  /** A member of staff's reminders, newest first (what a frontend lists). */
  async forRecipient(unreadOnly: boolean, first: number | null | undefined, after: string | null | undefined): Promise<Page<Notification>> {
    const q = (await this.ctx.db.manager())
      .createQueryBuilder(Notification, 'n')
      .where('n.authority_code = :authority AND n.recipient_user_id = :user', { authority: this.ctx.identity.authority, user: this.ctx.identity.userId });
    if (unreadOnly) q.andWhere('n.read_at IS NULL');
    return keysetPage(q, createdOrder('n', true), { first, after });
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
