import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { CapacityDecision, LocalDate, consentStands, isCurrent, isDeafblind } from '@careplan/domain';
import { encodeCursor, type SubgraphContext } from '@careplan/subgraph-kit';
import type { CommunicationNeedsRecord } from '../entities/communication-needs.entity';
import type { ConsentRecord } from '../entities/consent.entity';
import type { Person } from '../entities/person.entity';
import type { Relationship } from '../entities/relationship.entity';
import { AccessHistoryService } from '../services/access-history.service';
import { AdvocacyService, GuardedAction } from '../services/advocacy.service';
import { CapacityService } from '../services/capacity.service';
import { CommunicationNeedsService } from '../services/communication-needs.service';
import { ConsentService } from '../services/consent.service';
import { PEOPLE_READERS, PEOPLE_WRITERS } from '../services/person.service';
import { RelationshipService } from '../services/relationship.service';
import {
  AccessEventConnection,
  AdvocacyType,
  CapacityAnswerType,
  CapacityAssessmentType,
  CommunicationNeedsType,
  ConsentType,
  RecordAdvocacyFactsInput,
  RecordCapacityAssessmentInput,
  RecordConsentInput,
  RecordRelationshipInput,
  RelationshipType,
  SetCommunicationNeedsInput,
  UpdateRelationshipInput,
} from './involvement.types';
import { PersonType } from './person.type';

registerEnumType(GuardedAction, { name: 'GuardedAction', description: 'Steps that need an advocate when one is required (R2a).' });

/** Who is involved with the person, and what must be honoured: capacity, advocacy, communication, consent. */
@Resolver(() => PersonType)
export class InvolvementResolver {
  @FieldResolver(() => [RelationshipType], { description: 'Carers, advocates, attorneys and others around the person (R1).' })
  relationships(@Root() person: Person, @Ctx() ctx: SubgraphContext, @Arg('includeEnded', { defaultValue: false }) includeEnded: boolean) {
    return new RelationshipService(ctx).forPerson(person.id).then((rows) => (includeEnded ? rows : rows.filter((r) => isCurrent(r, LocalDate.today()))));
  }

  @FieldResolver(() => [CapacityAssessmentType], { description: 'Every capacity assessment, each about one decision (R2).' })
  capacityAssessments(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return new CapacityService(ctx).forPerson(person.id);
  }

  @FieldResolver(() => CapacityAnswerType, { description: 'Capacity for one decision, from its latest assessment; presumed where none exists (R2).' })
  capacityFor(@Root() person: Person, @Ctx() ctx: SubgraphContext, @Arg('decision', () => CapacityDecision) decision: CapacityDecision) {
    return new CapacityService(ctx).capacityFor(person.id, decision);
  }

  @FieldResolver(() => AdvocacyType, { description: 'Whether an independent advocate is required, and why (R2a).' })
  advocacy(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return new AdvocacyService(ctx).forPerson(person.id);
  }

  @FieldResolver(() => CommunicationNeedsType, { nullable: true, description: 'How information must reach the person (R2b).' })
  communicationNeeds(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return new CommunicationNeedsService(ctx).forPerson(person.id);
  }

  @FieldResolver(() => Boolean, { description: 'R2c: dual sensory impairment or deafblind manual; assessment and planning need a qualified specialist.' })
  async deafblind(@Root() person: Person, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    const needs = await new CommunicationNeedsService(ctx).forPerson(person.id);
    return isDeafblind(person.primarySupportReason, needs?.formats ?? []);
  }

  @FieldResolver(() => [ConsentType])
  consents(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return new ConsentService(ctx).forPerson(person.id);
  }

  @FieldResolver(() => AccessEventConnection, { description: 'Who read or changed this record, newest first (team managers, and the person).' })
  async accessHistory(
    @Root() person: Person,
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AccessEventConnection> {
    const page = await new AccessHistoryService(ctx).forPerson(person.id, first, after);
    const edges = page.rows.map((node) => ({ cursor: encodeCursor({ createdAt: node.at, id: node.id }), node }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Query(() => Boolean, {
    description: 'The R2a guard: true, or RULE_VIOLATION R2a when an advocate is required and none is recorded. Other subgraphs call it before the step.',
  })
  @Authorized(...PEOPLE_READERS)
  advocacyGuard(@Arg('personId', () => ID) personId: string, @Arg('action', () => GuardedAction) action: GuardedAction, @Ctx() ctx: SubgraphContext) {
    return new AdvocacyService(ctx).guard(personId, action);
  }

  @Mutation(() => RelationshipType)
  @Authorized(...PEOPLE_WRITERS)
  recordRelationship(@Arg('input', () => RecordRelationshipInput) input: RecordRelationshipInput, @Ctx() ctx: SubgraphContext) {
    return new RelationshipService(ctx).record(input);
  }

  @Mutation(() => RelationshipType, { description: 'Corrects or ends a relationship (set endedOn) at the version you read.' })
  @Authorized(...PEOPLE_WRITERS)
  updateRelationship(@Arg('input', () => UpdateRelationshipInput) input: UpdateRelationshipInput, @Ctx() ctx: SubgraphContext) {
    return new RelationshipService(ctx).update(input);
  }

  @Mutation(() => CapacityAssessmentType)
  @Authorized(...PEOPLE_WRITERS)
  recordCapacityAssessment(@Arg('input', () => RecordCapacityAssessmentInput) input: RecordCapacityAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return new CapacityService(ctx).record(input);
  }

  @Mutation(() => AdvocacyType, { description: 'Records the R2a facts; the requirement is derived from them.' })
  @Authorized(...PEOPLE_WRITERS)
  recordAdvocacyFacts(@Arg('input', () => RecordAdvocacyFactsInput) input: RecordAdvocacyFactsInput, @Ctx() ctx: SubgraphContext) {
    return new AdvocacyService(ctx).record(input);
  }

  @Mutation(() => CommunicationNeedsType, { description: 'Sets the person’s communication needs, replacing any before.' })
  @Authorized(...PEOPLE_WRITERS)
  setCommunicationNeeds(@Arg('input', () => SetCommunicationNeedsInput) input: SetCommunicationNeedsInput, @Ctx() ctx: SubgraphContext) {
    return new CommunicationNeedsService(ctx).set(input);
  }

  @Mutation(() => ConsentType)
  @Authorized(...PEOPLE_WRITERS)
  recordConsent(@Arg('input', () => RecordConsentInput) input: RecordConsentInput, @Ctx() ctx: SubgraphContext) {
    return new ConsentService(ctx).record(input);
  }

  @Mutation(() => ConsentType)
  @Authorized(...PEOPLE_WRITERS)
  withdrawConsent(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: SubgraphContext,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return new ConsentService(ctx).withdraw(id, version, reason);
  }
}

@Resolver(() => RelationshipType)
export class RelationshipResolver {
  @FieldResolver(() => Boolean)
  current(@Root() relationship: Relationship): boolean {
    return isCurrent(relationship, LocalDate.today());
  }
}

@Resolver(() => ConsentType)
export class ConsentResolver {
  @FieldResolver(() => Boolean, { description: 'Given and not withdrawn.' })
  stands(@Root() consent: ConsentRecord): boolean {
    return consentStands(consent, LocalDate.today());
  }
}

@Resolver(() => CommunicationNeedsType)
export class CommunicationNeedsResolver {
  @FieldResolver(() => Boolean)
  reviewDue(@Root() needs: CommunicationNeedsRecord): boolean {
    return !LocalDate.parse(needs.reviewOn).isAfter(LocalDate.today());
  }
}
