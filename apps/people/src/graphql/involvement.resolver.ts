import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { CapacityDecision, LocalDate, consentStands, isCurrent, isDeafblind } from '@careplan/domain';
import { toConnection, type ReadsAhead, type SubgraphContext } from '@careplan/subgraph-kit';
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
  WithdrawConsentInput,
} from './involvement.types';
import { PersonType } from './person.type';

registerEnumType(GuardedAction, {
  name: 'GuardedAction',
  description: 'Steps that may not be taken while an independent advocate is required but none is recorded (R2a).',
  valuesConfig: {
    COMPLETE_ASSESSMENT: { description: 'Completing a needs, carer’s or joint assessment.' },
    SIGN_OFF_PLAN: { description: 'Signing off a care and support plan.' },
    COMPLETE_REVIEW: { description: 'Completing a review of a plan.' },
  },
});

/** The person's involvement fields that read by the person's id alone, to start beside the person's own read. */
export function involvementReadsAhead(ctx: SubgraphContext, personId: string): ReadsAhead {
  return {
    relationships: () => new RelationshipService(ctx).forPerson(personId),
    advocacy: () => new AdvocacyService(ctx).forPerson(personId),
    communicationNeeds: () => new CommunicationNeedsService(ctx).forPerson(personId),
    capacityAssessments: () => new CapacityService(ctx).forPerson(personId),
  };
}

/** Who is involved with the person, and what must be honoured: capacity, advocacy, communication, consent. */
@Resolver(() => PersonType)
export class InvolvementResolver {
  @FieldResolver(() => [RelationshipType], { description: 'Carers, advocates, attorneys and others around the person (R1), oldest record first.' })
  relationships(
    @Root() person: Person,
    @Ctx() ctx: SubgraphContext,
    @Arg('includeEnded', { defaultValue: false, description: 'True to include relationships that are not current (ended, or not yet started); by default only current ones.' })
    includeEnded: boolean,
  ) {
    return new RelationshipService(ctx).forPerson(person.id).then((rows) => (includeEnded ? rows : rows.filter((r) => isCurrent(r, LocalDate.today()))));
  }

  @FieldResolver(() => [CapacityAssessmentType], { description: 'Every capacity assessment of the person, oldest record first; each is about one decision (R2).' })
  capacityAssessments(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return new CapacityService(ctx).forPerson(person.id);
  }

  @FieldResolver(() => CapacityAnswerType, { description: 'Capacity for one decision, from its latest assessment; presumed where none exists (R2).' })
  capacityFor(@Root() person: Person, @Ctx() ctx: SubgraphContext, @Arg('decision', () => CapacityDecision, { description: 'The decision to ask about.' }) decision: CapacityDecision) {
    return new CapacityService(ctx).capacityFor(person.id, decision);
  }

  @FieldResolver(() => AdvocacyType, { description: 'Whether an independent advocate is required, and why (R2a).' })
  advocacy(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return new AdvocacyService(ctx).forPerson(person.id);
  }

  @FieldResolver(() => CommunicationNeedsType, { nullable: true, description: 'How information must reach the person (R2b); null until recorded (letters then go in standard print).' })
  communicationNeeds(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return new CommunicationNeedsService(ctx).forPerson(person.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'R2c: the person is treated as deafblind (primary support reason SENSORY_DUAL, or deafblind manual among their formats), so their assessor must be a qualified deafblind assessor, and so must a member of any panel deciding their plan.',
  })
  async deafblind(@Root() person: Person, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    const needs = await new CommunicationNeedsService(ctx).forPerson(person.id);
    return isDeafblind(person.primarySupportReason, needs?.formats ?? []);
  }

  @FieldResolver(() => [ConsentType], { description: 'Consents given by or for the person, oldest first, including withdrawn ones (see `stands`).' })
  consents(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return new ConsentService(ctx).forPerson(person.id);
  }

  @FieldResolver(() => AccessEventConnection, {
    description:
      'Who read or changed the person’s details and involvement records (relationships, capacity, advocacy, communication needs, consents), newest first. Team managers, and the person themself; anyone else gets FORBIDDEN.',
  })
  async accessHistory(
    @Root() person: Person,
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many to return: 1 to 100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the page before; leave out for the first page.' }) after?: string,
  ): Promise<AccessEventConnection> {
    const page = await new AccessHistoryService(ctx).forPerson(person.id, first, after);
    return toConnection(page) as unknown as AccessEventConnection;
  }

  @Query(() => Boolean, {
    description:
      'Checks R2a before a guarded step: true when the step may go ahead, or fails with RULE_VIOLATION R2a when an independent advocate is required and none is recorded. The steps themselves make the same check.',
  })
  @Authorized(...PEOPLE_READERS)
  advocacyGuard(
    @Arg('personId', () => ID, { description: 'The person the step is about.' }) personId: string,
    @Arg('action', () => GuardedAction, { description: 'The step about to be taken.' }) action: GuardedAction,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new AdvocacyService(ctx).guard(personId, action);
  }

  @Mutation(() => RelationshipType, {
    description:
      'Records someone around the person (R1) and returns it. Each kind is checked: an appropriate individual cannot be paid (RULE_VIOLATION R2a); an independent advocate needs organisation and startedOn; an attorney or deputy needs powerScope; willingAndAble is for unpaid carers only. Practitioners and team managers.',
  })
  @Authorized(...PEOPLE_WRITERS)
  recordRelationship(@Arg('input', () => RecordRelationshipInput, { description: 'The relationship.' }) input: RecordRelationshipInput, @Ctx() ctx: SubgraphContext) {
    return new RelationshipService(ctx).record(input);
  }

  @Mutation(() => RelationshipType, {
    description: 'Corrects a relationship or ends it (set endedOn), at the version you read; the same checks as recordRelationship. Returns it as now recorded. Practitioners and team managers.',
  })
  @Authorized(...PEOPLE_WRITERS)
  updateRelationship(@Arg('input', () => UpdateRelationshipInput, { description: 'The relationship’s facts as they should now be.' }) input: UpdateRelationshipInput, @Ctx() ctx: SubgraphContext) {
    return new RelationshipService(ctx).update(input);
  }

  @Mutation(() => CapacityAssessmentType, {
    description: 'Records a capacity assessment about one decision (R2). The latest assessment of a decision is the one `capacityFor` answers from. Practitioners and team managers.',
  })
  @Authorized(...PEOPLE_WRITERS)
  recordCapacityAssessment(@Arg('input', () => RecordCapacityAssessmentInput, { description: 'The assessment.' }) input: RecordCapacityAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return new CapacityService(ctx).record(input);
  }

  @Mutation(() => AdvocacyType, {
    description: 'Records the facts about the person’s involvement (R2a), which take the place of any before, and returns whether an advocate is now required. Practitioners and team managers.',
  })
  @Authorized(...PEOPLE_WRITERS)
  recordAdvocacyFacts(@Arg('input', () => RecordAdvocacyFactsInput, { description: 'The facts.' }) input: RecordAdvocacyFactsInput, @Ctx() ctx: SubgraphContext) {
    return new AdvocacyService(ctx).record(input);
  }

  @Mutation(() => CommunicationNeedsType, { description: 'Sets the person’s communication needs (R2b), replacing any before, and returns them. Practitioners and team managers.' })
  @Authorized(...PEOPLE_WRITERS)
  setCommunicationNeeds(@Arg('input', () => SetCommunicationNeedsInput, { description: 'The needs.' }) input: SetCommunicationNeedsInput, @Ctx() ctx: SubgraphContext) {
    return new CommunicationNeedsService(ctx).set(input);
  }

  @Mutation(() => ConsentType, { description: 'Records a consent given by the person, or by someone for them, and returns it. Practitioners and team managers.' })
  @Authorized(...PEOPLE_WRITERS)
  recordConsent(@Arg('input', () => RecordConsentInput, { description: 'The consent.' }) input: RecordConsentInput, @Ctx() ctx: SubgraphContext) {
    return new ConsentService(ctx).record(input);
  }

  @Mutation(() => ConsentType, {
    description: 'Withdraws a consent from today, at the version you read, and returns it. One already withdrawn is BAD_USER_INPUT. Practitioners and team managers.',
  })
  @Authorized(...PEOPLE_WRITERS)
  withdrawConsent(@Arg('input', () => WithdrawConsentInput, { description: 'The consent, its version and why.' }) input: WithdrawConsentInput, @Ctx() ctx: SubgraphContext) {
    return new ConsentService(ctx).withdraw(input.id, input.version, input.reason);
  }
}

@Resolver(() => RelationshipType)
export class RelationshipResolver {
  @FieldResolver(() => Boolean, { description: 'True today (Europe/London): started, or no start recorded, and not yet ended.' })
  current(@Root() relationship: Relationship): boolean {
    return isCurrent(relationship, LocalDate.today());
  }
}

@Resolver(() => ConsentType)
export class ConsentResolver {
  @FieldResolver(() => Boolean, { description: 'The consent stands: given and not withdrawn. Only a standing consent counts.' })
  stands(@Root() consent: ConsentRecord): boolean {
    return consentStands(consent, LocalDate.today());
  }
}

@Resolver(() => CommunicationNeedsType)
export class CommunicationNeedsResolver {
  @FieldResolver(() => Boolean, { description: 'The review day is today or past (Europe/London).' })
  reviewDue(@Root() needs: CommunicationNeedsRecord): boolean {
    return !LocalDate.parse(needs.reviewOn).isAfter(LocalDate.today());
  }
}
