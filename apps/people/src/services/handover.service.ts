import {
  AuthorityCode,
  HandoverDirection,
  BadUserInput,
  Conflict,
  Forbidden,
  HandoverAction,
  HANDOVER_OPEN_STATUSES,
  HandoverLetterKind,
  HandoverStatus,
  LocalDate,
  RuleViolation,
  assertDifferencesExplained,
  assertHandoverStartable,
  assertMoveDate,
  assertNoticeMatches,
  assertPersonCanMove,
  continuityDuty,
  handoverTransition,
  moveAfterDeath,
  moveDateReached,
  needsDifferences,
  parsePersonDetails,
} from '@careplan/domain';
import { MAX_PAGE, askGraph, createdOrder, isUuid, keysetPage, type Page, type PageArgs, type SubgraphContext } from '@careplan/subgraph-kit';
import { In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Authority } from '../entities/authority.entity';
import { Handover, type HandoverContact } from '../entities/handover.entity';
import { HandoverLetterRecord } from '../entities/handover-letter.entity';
import { HandoverPackage } from '../entities/handover-package.entity';
import { HandoverPackageRead } from '../entities/handover-read.entity';
import type { Person } from '../entities/person.entity';
import { SecondAssessmentFactsDocument } from '../graph/generated';
import {
  type ChangeHandoverMoveDateInput,
  type DeclineHandoverInput,
  type HandoverContactInput,
  type MatchHandoverInput,
  type RecordHandoverArrivalInput,
  type RecordHandoverAssessmentInput,
  type ShareHandoverPackageInput,
  type StartHandoverInput,
  type WithdrawHandoverInput,
} from '../graphql/handover.types';
import { issueHandoverLetter } from './handover-letters';
import { packageContent } from './handover-package';
import { PersonService } from './person.service';
import { PractitionerService } from './practitioner.service';

const OLDEST_FIRST = createdOrder<Handover>('h');
const words = (text: string | null | undefined, field: string, max = 4000): string => {
  const value = text?.normalize('NFC').trim() ?? '';
  if (!value || value.length > max) throw new BadUserInput(field, `${field} must be 1 to ${max} characters`);
  return value;
};

/**
 * Moves between councils (R20–R22): the receiving council starts, the sending council matches and shares,
 * the receiving council assesses, and the worker acts on the move date. Row-level security lets only the
 * two councils of a handover read it; each step also checks which side the caller is on.
 */
export class HandoverService {
  constructor(private readonly ctx: SubgraphContext) {}

  private get authority(): string {
    return this.ctx.identity.authority;
  }

  direction(h: Handover): HandoverDirection {
    return h.toAuthorityCode === this.authority ? HandoverDirection.INCOMING : HandoverDirection.OUTGOING;
  }

  /** The caller's own record of the person: the receiving council's always, the sending council's once matched. */
  ownPersonId(h: Handover): string | null {
    return this.direction(h) === HandoverDirection.INCOMING ? h.toPersonId : h.fromPersonId;
  }

  async get(id: string): Promise<Handover | null> {
    if (!isUuid(id)) return null;
    const handover = await this.byId().load(id);
    if (handover) this.ctx.audit.read(this.ownPersonId(handover));
    return handover;
  }

  /** Handovers by id in one query for a request's worth; row-level security answers only the two councils'. */
  private byId() {
    return this.ctx.loaders.get<string, Handover | null>('handoverById', async (ids) => {
      const rows = await (await this.ctx.db.manager()).findBy(Handover, ids.map((i) => ({ id: i })));
      return ids.map((i) => rows.find((r) => r.id === i) ?? null);
    });
  }

  async byIds(ids: readonly string[]): Promise<Handover[]> {
    if (ids.length > MAX_PAGE) throw new BadUserInput('ids', `ask for at most ${MAX_PAGE} handovers`);
    const found = await Promise.all([...new Set(ids)].map((id) => this.get(id)));
    return found.filter((h): h is Handover => h !== null);
  }

  async list(direction: HandoverDirection, status: HandoverStatus | null | undefined, movingBy: string | null | undefined, page: PageArgs): Promise<Page<Handover>> {
    const side = direction === HandoverDirection.INCOMING ? 'to_authority_code' : 'from_authority_code';
    const q = (await this.ctx.db.manager()).createQueryBuilder(Handover, 'h').where(`h.${side} = :me`, { me: this.authority });
    if (status) q.andWhere('h.status = :status', { status });
    if (movingBy) q.andWhere(`h.move_date <= :movingBy AND h.status IN ('NOTIFIED', 'MATCHED', 'SHARED')`, { movingBy });
    const found = await keysetPage(q, OLDEST_FIRST, page);
    this.ctx.audit.read(...found.rows.map((h) => this.ownPersonId(h)));
    return found;
  }

  /** The moves of a person of the caller's council: one query for every person of a list. */
  async forPerson(person: Person): Promise<Handover[]> {
    if (person.authorityCode !== this.authority) return [];
    return this.ctx.loaders
      .get<string, Handover[]>('handoversOfPerson', async (ids) => {
        const rows = await (await this.ctx.db.manager())
          .createQueryBuilder(Handover, 'h')
          .where('(h.to_person_id = ANY(:ids) OR h.from_person_id = ANY(:ids))', { ids: [...ids] })
          .orderBy('h.created_at')
          .addOrderBy('h.id')
          .getMany();
        return ids.map((id) => rows.filter((h) => h.toPersonId === id || h.fromPersonId === id));
      })
      .load(person.id);
  }

  /** The package as the caller may read it (row-level security decides), recording the read once a request. */
  async package(h: Handover): Promise<HandoverPackage | null> {
    return this.ctx.loaders
      .get<string, HandoverPackage | null>('handoverPackage', async (ids) => {
        const manager = await this.ctx.db.manager();
        const rows = await manager.findBy(HandoverPackage, ids.map((handoverId) => ({ handoverId })));
        const found = ids.map((id) => rows.find((r) => r.handoverId === id) ?? null);
        const read = found.filter((p): p is HandoverPackage => p !== null);
        if (read.length) {
          await manager.insert(HandoverPackageRead, read.map((p) => ({ handoverId: p.handoverId, authorityCode: this.authority, userId: this.ctx.identity.userId, requestId: this.ctx.requestId })));
        }
        return found;
      })
      .load(h.id);
  }

  async reads(handoverId: string): Promise<HandoverPackageRead[]> {
    return (await this.ctx.db.manager()).find(HandoverPackageRead, { where: { handoverId }, order: { at: 'ASC', id: 'ASC' } });
  }

  async letters(handoverId: string): Promise<HandoverLetterRecord[]> {
    return (await this.ctx.db.manager()).find(HandoverLetterRecord, { where: { handoverId, authorityCode: this.authority }, order: { createdAt: 'ASC' } });
  }

  /** R20: the receiving council starts the handover for a move it is satisfied is genuine. */
  async start(input: StartHandoverInput): Promise<Handover> {
    const today = LocalDate.today();
    const from = AuthorityCode.parse(input.fromAuthorityCode, 'fromAuthorityCode');
    const moveDate = LocalDate.parse(input.intendedMoveDate, 'intendedMoveDate');
    assertHandoverStartable({ fromAuthority: from.toString(), toAuthority: this.authority, intendedMoveDate: moveDate, genuineIntention: input.genuineIntention, today });
    const details = parsePersonDetails(input, today);
    const manager = await this.ctx.db.manager();
    if (!(await manager.existsBy(Authority, { code: from.toString() }))) throw new BadUserInput('fromAuthorityCode', `${from} is not a council using this service`);
    const contact = await this.contact(input.contact);
    const people = new PersonService(this.ctx);
    let person: Person;
    if (input.personId) {
      const found = await people.get(input.personId);
      if (!found) throw new BadUserInput('personId', 'personId is not a person in your council');
      assertNoticeMatches({ nhsNumber: details.nhsNumber?.toString() ?? null, dateOfBirth: details.dateOfBirth.toString() }, found);
      assertPersonCanMove(found);
      person = found;
    } else {
      person = await people.create({ givenName: input.givenName, familyName: input.familyName, dateOfBirth: input.dateOfBirth, nhsNumber: input.nhsNumber });
    }
    if (await manager.existsBy(Handover, { toPersonId: person.id, status: In([...HANDOVER_OPEN_STATUSES]) })) throw new Conflict('a move of this person is already being handed over');
    const handover = await manager.save(
      manager.create(Handover, {
        fromAuthorityCode: from.toString(),
        toAuthorityCode: this.authority,
        continuityDuty: continuityDuty(from.nation, AuthorityCode.parse(this.authority).nation),
        status: HandoverStatus.NOTIFIED,
        givenName: details.givenName,
        familyName: details.familyName,
        dateOfBirth: details.dateOfBirth.toString(),
        nhsNumber: details.nhsNumber?.toString() ?? null,
        intendedMoveDate: moveDate.toString(),
        moveDate: moveDate.toString(),
        toPersonId: person.id,
        toContact: contact,
      }),
    );
    this.ctx.audit.wrote(person.id);
    await issueHandoverLetter(this.ctx, handover, HandoverLetterKind.AREA_INFORMATION, person.id);
    await this.ctx.outbox.record('HandoverStarted', { handoverId: handover.id, personId: person.id, fromAuthority: handover.fromAuthorityCode, moveDate: handover.moveDate });
    return handover;
  }

  /** The sending council confirms the notice is about its person, and names its contact. */
  async match(input: MatchHandoverInput): Promise<Handover> {
    const h = await this.forStep(input.handoverId, HandoverDirection.OUTGOING, HandoverAction.MATCH);
    const person = await new PersonService(this.ctx).get(input.personId);
    if (!person) throw new BadUserInput('personId', 'personId is not a person in your council');
    assertNoticeMatches(h, person);
    assertPersonCanMove(person);
    const contact = await this.contact(input.contact);
    this.ctx.audit.wrote(person.id);
    const matched = await this.update(h, input.version, HandoverAction.MATCH, { fromPersonId: person.id, fromContact: contact });
    await this.ctx.outbox.record('HandoverMatched', { handoverId: h.id, personId: person.id });
    return matched;
  }

  /** The sending council does not know the person: it says so, and nothing of its records is shared. */
  async decline(input: DeclineHandoverInput): Promise<Handover> {
    const h = await this.forStep(input.handoverId, HandoverDirection.OUTGOING, HandoverAction.DECLINE);
    const declined = await this.update(h, input.version, HandoverAction.DECLINE, { closedReason: words(input.reason, 'reason') });
    await this.ctx.outbox.record('HandoverDeclined', { handoverId: h.id });
    return declined;
  }

  /** R21: the sending council shares its records as they stand now, once, and tells the person. */
  async share(input: ShareHandoverPackageInput): Promise<Handover> {
    const h = await this.forStep(input.handoverId, HandoverDirection.OUTGOING, HandoverAction.SHARE);
    const advice = input.directPaymentAdvice?.trim() ? words(input.directPaymentAdvice, 'directPaymentAdvice') : null;
    const other = input.otherInformation?.trim() ? words(input.otherInformation, 'otherInformation', 8000) : null;
    const content = await packageContent(this.ctx, { personId: h.fromPersonId!, include: input.include, directPaymentAdvice: advice });
    const manager = await this.ctx.db.manager();
    const shared = await this.update(h, input.version, HandoverAction.SHARE, {});
    await manager.insert(HandoverPackage, {
      handoverId: h.id,
      fromAuthorityCode: h.fromAuthorityCode,
      toAuthorityCode: h.toAuthorityCode,
      include: [...new Set(input.include)],
      content,
      directPaymentAdvice: advice,
      otherInformation: other,
      sharedBy: this.ctx.identity.userId,
    });
    this.ctx.audit.wrote(h.fromPersonId);
    await issueHandoverLetter(this.ctx, shared, HandoverLetterKind.INFORMATION_SHARED, h.fromPersonId!);
    await this.ctx.outbox.record('HandoverPackageShared', { handoverId: h.id, personId: h.fromPersonId!, toAuthority: h.toAuthorityCode });
    return shared;
  }

  /** R22: the receiving council records its own assessment and explains in writing any difference. */
  async recordAssessment(input: RecordHandoverAssessmentInput): Promise<Handover> {
    const h = await this.forStep(input.handoverId, HandoverDirection.INCOMING, HandoverAction.RECORD_ASSESSMENT);
    if (h.secondAssessmentId) throw new Conflict('the receiving council’s assessment is already recorded for this move');
    // The graph first: reading the package records the read, and nothing is asked of the graph after a write.
    const { assessment } = await askGraph(this.ctx, SecondAssessmentFactsDocument, { id: input.assessmentId });
    const shared = await this.package(h);
    if (!shared) throw new Conflict('the sending council has not shared its assessment yet: the difference cannot be explained until it has');
    if (!assessment || assessment.person.id !== h.toPersonId) throw new BadUserInput('assessmentId', 'assessmentId is not an assessment of your record of this person');
    if (!assessment.eligibility) throw new BadUserInput('assessmentId', 'the assessment is not completed with an eligibility determination yet');
    const { added, removed } = needsDifferences(shared.content.assessment?.eligibleNeeds ?? [], assessment.eligibility.eligibleNeeds);
    const before = shared.content.plan?.weeklyBudgetPence ?? null;
    const budgetChanged = input.weeklyBudgetPence != null && before !== null && input.weeklyBudgetPence !== before;
    const explanation = input.differencesExplanation?.trim() ? words(input.differencesExplanation, 'differencesExplanation', 8000) : null;
    assertDifferencesExplained({ added, removed, budgetChanged, explanation });
    const recorded = await this.update(h, input.version, HandoverAction.RECORD_ASSESSMENT, { secondAssessmentId: assessment.id, differencesExplanation: explanation });
    this.ctx.audit.wrote(h.toPersonId);
    if (explanation) await issueHandoverLetter(this.ctx, recorded, HandoverLetterKind.DIFFERENCES_EXPLAINED, h.toPersonId, explanation);
    await this.ctx.outbox.record('HandoverAssessmentRecorded', { handoverId: h.id, personId: h.toPersonId, assessmentId: assessment.id });
    return recorded;
  }

  /** Either council: the move date changed; the worker reschedules what is pending. */
  async changeMoveDate(input: ChangeHandoverMoveDateInput): Promise<Handover> {
    const h = await this.forStep(input.handoverId, null, HandoverAction.CHANGE_MOVE_DATE);
    const moveDate = LocalDate.parse(input.moveDate, 'moveDate');
    assertMoveDate(moveDate, LocalDate.today(), 'moveDate');
    const changed = await this.update(h, input.version, HandoverAction.CHANGE_MOVE_DATE, { moveDate: moveDate.toString() });
    await this.ctx.outbox.record('HandoverMoveDateChanged', { handoverId: h.id, moveDate: changed.moveDate });
    return changed;
  }

  /** Either council: the move is off; the package is no longer readable by the receiving council. */
  async withdraw(input: WithdrawHandoverInput): Promise<Handover> {
    const h = await this.forStep(input.handoverId, null, HandoverAction.WITHDRAW);
    const withdrawn = await this.update(h, input.version, HandoverAction.WITHDRAW, { closedReason: words(input.reason, 'reason') });
    await this.ctx.outbox.record('HandoverWithdrawn', { handoverId: h.id });
    return withdrawn;
  }

  /**
   * The date of death on the caller's council's record of the person changed, in the same transaction, so no
   * arrival can race it (R20, R22): recorded, their moves not yet arrived are off, whichever side it is on, and
   * the other council reads why; corrected, those say the new day; removed as recorded in error, those come back
   * as they were, and the sweep acts on them (on arrival at once if the move date has passed) — unless the other
   * council's record holds a death too, or another open move has since taken the place of one.
   */
  async followDeath(person: Person): Promise<void> {
    const own = this.ctx.identity.authority;
    const manager = await this.ctx.db.manager();
    const moves = await manager.findBy(Handover, [
      { fromAuthorityCode: own, fromPersonId: person.id },
      { toAuthorityCode: own, toPersonId: person.id },
    ]);
    const today = LocalDate.today();
    for (const h of moves) {
      const after = moveAfterDeath(h, person, today);
      if (!after) continue;
      const reinstating = after.reinstatedOn !== null;
      if (reinstating && (await manager.existsBy(Handover, { toPersonId: h.toPersonId, status: In([...HANDOVER_OPEN_STATUSES]) }))) continue;
      await this.update(h, h.version, HandoverAction.FOLLOW_DEATH, after);
      if (after.status === HandoverStatus.WITHDRAWN && h.status !== HandoverStatus.WITHDRAWN) await this.ctx.outbox.record('HandoverWithdrawn', { handoverId: h.id });
      if (reinstating) await this.ctx.outbox.record('HandoverReinstated', { handoverId: h.id });
    }
  }

  /**
   * R22 (worker, as the receiving council): the move date has come. Once: a handover already arrived is
   * returned as it is, so a retried job changes nothing.
   */
  async arrive(input: RecordHandoverArrivalInput): Promise<Handover> {
    const h = await this.forStep(input.handoverId, HandoverDirection.INCOMING, null);
    if (h.status === HandoverStatus.ARRIVED) return h;
    handoverTransition(h.status, HandoverAction.ARRIVE);
    if (!moveDateReached(h.moveDate, LocalDate.today())) throw new RuleViolation('R22', `the move date (${h.moveDate}) has not come yet`);
    const arrived = await this.update(h, h.version, HandoverAction.ARRIVE, { arrivedOn: h.moveDate, continuityPlanId: input.continuityPlanId ?? null });
    this.ctx.audit.wrote(h.toPersonId);
    if (arrived.continuityPlanId) await issueHandoverLetter(this.ctx, arrived, HandoverLetterKind.NEEDS_MET_FROM_ARRIVAL, h.toPersonId);
    await this.ctx.outbox.record('HandoverArrived', { handoverId: h.id, personId: h.toPersonId, fromAuthority: h.fromAuthorityCode, continuityPlanId: arrived.continuityPlanId });
    return arrived;
  }

  /** A handover the caller's council is party to, on the side the step belongs to, in a state it can take. */
  private async forStep(id: string, side: HandoverDirection | null, action: HandoverAction | null): Promise<Handover> {
    const h = await this.get(id);
    if (!h) throw new BadUserInput('handoverId', 'handoverId is not a handover of your council');
    if (side && this.direction(h) !== side) {
      throw new Forbidden(side === HandoverDirection.OUTGOING ? 'only the council the person is leaving can take this step' : 'only the council the person is moving to can take this step');
    }
    if (action) handoverTransition(h.status, action);
    return h;
  }

  private async update(h: Handover, version: number, action: HandoverAction, changes: QueryDeepPartialEntity<Handover>): Promise<Handover> {
    const manager = await this.ctx.db.manager();
    const result = await manager
      .createQueryBuilder()
      .update(Handover)
      // A step following a death names the status itself (moveAfterDeath); the transition still refuses one it cannot take.
      .set({ status: handoverTransition(h.status, action), ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: h.id, version })
      .execute();
    if (!result.affected) throw new Conflict('the handover has changed since you read it; read it again');
    const updated = await manager.findOneByOrFail(Handover, { id: h.id });
    this.byId().clear(h.id).prime(h.id, updated);
    return updated;
  }

  /** A named contact: an active practitioner of the caller's council, copied so the other council can read it. */
  private async contact(input: HandoverContactInput): Promise<HandoverContact> {
    const practitioner = isUuid(input.practitionerId) ? await new PractitionerService(this.ctx).get(input.practitionerId) : null;
    if (!practitioner || !practitioner.active) throw new BadUserInput('contact.practitionerId', 'the contact must be an active practitioner of your council');
    return {
      practitionerId: practitioner.id,
      userId: practitioner.userId,
      name: `${practitioner.givenName} ${practitioner.familyName}`,
      phone: input.phone?.trim() || null,
      email: input.email?.trim() || practitioner.email,
    };
  }
}
