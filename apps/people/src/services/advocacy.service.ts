import {
  LocalDate,
  NO_ADVOCACY_FACTS,
  RelationshipKind,
  advocacyRequirement,
  assertAdvocacySatisfied,
  isCurrent,
  type AdvocacyRequirement,
} from '@careplan/domain';
import { loadVisibleBy, manyBy, type SubgraphContext } from '@careplan/subgraph-kit';
import { AdvocacyFactsRecord } from '../entities/advocacy-facts.entity';
import type { Relationship } from '../entities/relationship.entity';
import type { RecordAdvocacyFactsInput } from '../graphql/involvement.types';
import { personForWrite } from './person-access';
import { RelationshipService } from './relationship.service';

/** Actions the law does not allow while an advocate is required but missing (R2a). */
export enum GuardedAction {
  COMPLETE_ASSESSMENT = 'COMPLETE_ASSESSMENT',
  SIGN_OFF_PLAN = 'SIGN_OFF_PLAN',
  COMPLETE_REVIEW = 'COMPLETE_REVIEW',
}

const ACTION_WORDS: Record<GuardedAction, string> = {
  COMPLETE_ASSESSMENT: 'complete the assessment',
  SIGN_OFF_PLAN: 'sign off the plan',
  COMPLETE_REVIEW: 'complete the review',
};

export interface Advocacy extends AdvocacyRequirement {
  advocate: Relationship | null;
  facts: (AdvocacyFactsRecord & { recordedAt: Date }) | null;
}

/** R2a: the facts are recorded; whether an advocate is required is always derived, never stored. */
export class AdvocacyService {
  constructor(private readonly ctx: SubgraphContext) {}

  private async latestFacts(personId: string): Promise<AdvocacyFactsRecord | undefined> {
    const rows = (await loadVisibleBy(this.ctx, AdvocacyFactsRecord, 'personId', personId)) as AdvocacyFactsRecord[];
    return rows.at(-1);
  }

  async forPerson(personId: string): Promise<Advocacy> {
    const today = LocalDate.today();
    const [facts, relationships] = await Promise.all([this.latestFacts(personId), new RelationshipService(this.ctx).forPerson(personId)]);
    const requirement = advocacyRequirement(facts ?? NO_ADVOCACY_FACTS, relationships, today);
    const advocate = relationships.filter((r) => r.kind === RelationshipKind.INDEPENDENT_ADVOCATE && isCurrent(r, today)).at(-1) ?? null;
    return { ...requirement, advocate, facts: facts ? Object.assign(facts, { recordedAt: facts.createdAt }) : null };
  }

  /** The guard other subgraphs call through the graph before an R2a-guarded step. */
  async guard(personId: string, action: GuardedAction): Promise<true> {
    assertAdvocacySatisfied(await this.forPerson(personId), ACTION_WORDS[action]);
    return true;
  }

  async record(input: RecordAdvocacyFactsInput): Promise<Advocacy> {
    const person = await personForWrite(this.ctx, input.personId);
    const manager = await this.ctx.db.manager();
    await manager.save(
      manager.create(AdvocacyFactsRecord, {
        authorityCode: person.authorityCode,
        personId: person.id,
        difficulties: [...new Set(input.difficulties)],
        likelyHospitalStay28Days: input.likelyHospitalStay28Days,
        likelyCareHomeStay8Weeks: input.likelyCareHomeStay8Weeks,
        disagreementAdvocateWouldHelp: input.disagreementAdvocateWouldHelp,
        recordedBy: this.ctx.identity.userId,
        notes: input.notes?.trim() || null,
      }),
    );
    // The per-request loader already answered for this person; read afresh.
    manyBy(this.ctx, AdvocacyFactsRecord, 'personId').clear(person.id);
    const advocacy = await this.forPerson(person.id);
    await this.ctx.outbox.record('AdvocacyFactsRecorded', { personId: person.id, advocateRequired: advocacy.required });
    return advocacy;
  }
}
