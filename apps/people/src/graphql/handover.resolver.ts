import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { HandoverDirection, HandoverStatus, Role } from '@careplan/domain';
import { CASEWORK_ROLES, LocalDateScalar, MAX_PAGE, PageArgs, toConnection, type SubgraphContext } from '@careplan/subgraph-kit';
import type { Handover } from '../entities/handover.entity';
import type { HandoverPackage } from '../entities/handover-package.entity';
import type { Person } from '../entities/person.entity';
import { AuthorityService } from '../services/authority.service';
import { HandoverService } from '../services/handover.service';
import { PEOPLE_WRITERS, PersonService } from '../services/person.service';
import {
  ChangeHandoverMoveDateInput,
  DeclineHandoverInput,
  HandoverConnection,
  HandoverLetterType,
  HandoverPackageReadType,
  HandoverPackageType,
  HandoverType,
  MatchHandoverInput,
  RecordHandoverArrivalInput,
  RecordHandoverAssessmentInput,
  ShareHandoverPackageInput,
  StartHandoverInput,
  WithdrawHandoverInput,
} from './handover.types';
import { PersonType } from './person.type';

const ROLES = 'Roles: PRACTITIONER, TEAM_MANAGER, SERVICE.';
const HANDOVER = 'The handover, with the changed state.';

/** Moves between councils (R20–R22): the one record two councils share. */
@Resolver(() => HandoverType)
export class HandoverResolver {
  @Query(() => HandoverConnection, { description: 'Moves your council is party to, on one side, oldest first, a page at a time. Roles: PRACTITIONER, TEAM_MANAGER, PANEL_MEMBER, FINANCE_OFFICER, SERVICE.' })
  @Authorized(...CASEWORK_ROLES)
  async handovers(
    @Ctx() ctx: SubgraphContext,
    @Arg('direction', () => HandoverDirection, { description: 'INCOMING: people moving into your area; OUTGOING: people moving out of it.' }) direction: HandoverDirection,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => HandoverStatus, { nullable: true, description: 'Only handovers in this status; leave out for all.' }) status?: HandoverStatus,
    @Arg('movingBy', () => LocalDateScalar, { nullable: true, description: 'Only open handovers (not yet arrived, declined or withdrawn) whose move date is on or before this day, YYYY-MM-DD.' }) movingBy?: string,
  ) {
    return toConnection(await new HandoverService(ctx).list(direction, status, movingBy, page)) as unknown as InstanceType<typeof HandoverConnection>;
  }

  @Query(() => HandoverType, { nullable: true, description: 'A move your council is party to; null for any other (a third council sees nothing).' })
  @Authorized(...CASEWORK_ROLES)
  handover(@Arg('id', () => ID, { description: 'The handover’s id.' }) id: string, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).get(id);
  }

  @Query(() => [HandoverType], { description: `Moves your council is party to, by id, at most ${MAX_PAGE} at once, in no set order; an id naming none of yours is left out. Roles: PRACTITIONER, TEAM_MANAGER, PANEL_MEMBER, FINANCE_OFFICER, SERVICE.` })
  @Authorized(...CASEWORK_ROLES)
  handoversById(@Arg('ids', () => [ID], { description: `The handovers’ ids, at most ${MAX_PAGE}; more is BAD_USER_INPUT.` }) ids: string[], @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).byIds(ids);
  }

  @Mutation(() => HandoverType, { description: `R20: a person told your council they intend to move into its area and it is satisfied the intention is genuine. Makes your record of the person (or links the one given), sends them (and their carer) information about your area, and notifies the council they live in now. ${ROLES}` })
  @Authorized(...PEOPLE_WRITERS)
  startHandover(@Arg('input', () => StartHandoverInput, { description: 'The notice.' }) input: StartHandoverInput, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).start(input);
  }

  @Mutation(() => HandoverType, { description: `The council the person is leaving confirms the notice is about its person and names its contact. ${ROLES}` })
  @Authorized(...PEOPLE_WRITERS)
  matchHandover(@Arg('input', () => MatchHandoverInput, { description: 'The person and contact.' }) input: MatchHandoverInput, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).match(input);
  }

  @Mutation(() => HandoverType, { description: `The council the person is leaving does not know the person the notice describes; nothing of its records is shared. ${ROLES}` })
  @Authorized(...PEOPLE_WRITERS)
  declineHandover(@Arg('input', () => DeclineHandoverInput, { description: 'Why.' }) input: DeclineHandoverInput, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).decline(input);
  }

  @Mutation(() => HandoverType, { description: `R21: the council the person is leaving shares its current plan, latest assessment and what else was asked for, as a copy of this moment, and tells the person. ${ROLES}` })
  @Authorized(...PEOPLE_WRITERS)
  shareHandoverPackage(@Arg('input', () => ShareHandoverPackageInput, { description: 'What to share.' }) input: ShareHandoverPackageInput, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).share(input);
  }

  @Mutation(() => HandoverType, { description: `R22: the council the person is moving to records its own assessment, explaining in writing to the person any difference in needs or budget. ${ROLES}` })
  @Authorized(...PEOPLE_WRITERS)
  recordHandoverAssessment(@Arg('input', () => RecordHandoverAssessmentInput, { description: 'The assessment and any explanation.' }) input: RecordHandoverAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).recordAssessment(input);
  }

  @Mutation(() => HandoverType, { description: `Either council: the move date changed; what was pending for the old date no longer happens. ${ROLES}` })
  @Authorized(...PEOPLE_WRITERS)
  changeHandoverMoveDate(@Arg('input', () => ChangeHandoverMoveDateInput, { description: 'The new date.' }) input: ChangeHandoverMoveDateInput, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).changeMoveDate(input);
  }

  @Mutation(() => HandoverType, { description: `Either council: the move is off. The receiving council can no longer read the package, and nothing happens on the move date. ${ROLES}` })
  @Authorized(...PEOPLE_WRITERS)
  withdrawHandover(@Arg('input', () => WithdrawHandoverInput, { description: 'Why.' }) input: WithdrawHandoverInput, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).withdraw(input);
  }

  @Mutation(() => HandoverType, { description: `R22 (the worker, as the council the person is moving to): the move date has come. Once; a handover already arrived is returned as it is. Roles: SERVICE.` })
  @Authorized(Role.SERVICE)
  recordHandoverArrival(@Arg('input', () => RecordHandoverArrivalInput, { description: 'The handover and any plan put in place.' }) input: RecordHandoverArrivalInput, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).arrive(input);
  }

  @FieldResolver(() => HandoverDirection)
  direction(@Root() h: Handover, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).direction(h);
  }

  @FieldResolver()
  fromAuthority(@Root() h: Handover, @Ctx() ctx: SubgraphContext) {
    return new AuthorityService(ctx).load(h.fromAuthorityCode);
  }

  @FieldResolver()
  toAuthority(@Root() h: Handover, @Ctx() ctx: SubgraphContext) {
    return new AuthorityService(ctx).load(h.toAuthorityCode);
  }

  @FieldResolver()
  notice(@Root() h: Handover) {
    return h;
  }

  @FieldResolver(() => PersonType, { nullable: true })
  person(@Root() h: Handover, @Ctx() ctx: SubgraphContext) {
    const id = new HandoverService(ctx).ownPersonId(h);
    return id ? new PersonService(ctx).get(id) : null;
  }

  @FieldResolver()
  contacts(@Root() h: Handover) {
    return { from: h.fromContact, to: h.toContact };
  }

  @FieldResolver(() => HandoverPackageType, { nullable: true })
  package(@Root() h: Handover, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).package(h);
  }

  // The receiving council's own records: the sending council is not told their ids.
  @FieldResolver({ nullable: true })
  secondAssessment(@Root() h: Handover, @Ctx() ctx: SubgraphContext) {
    return h.secondAssessmentId && new HandoverService(ctx).direction(h) === HandoverDirection.INCOMING ? { id: h.secondAssessmentId } : null;
  }

  @FieldResolver({ nullable: true })
  async continuityFrom(@Root() h: Handover, @Ctx() ctx: SubgraphContext) {
    return (await new HandoverService(ctx).package(h))?.content.plan ?? null;
  }

  @FieldResolver({ nullable: true })
  continuityPlan(@Root() h: Handover, @Ctx() ctx: SubgraphContext) {
    return h.continuityPlanId && new HandoverService(ctx).direction(h) === HandoverDirection.INCOMING ? { id: h.continuityPlanId } : null;
  }

  @FieldResolver(() => [HandoverLetterType])
  letters(@Root() h: Handover, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).letters(h.id);
  }
}

@Resolver(() => HandoverPackageType)
export class HandoverPackageResolver {
  @FieldResolver()
  plan(@Root() p: HandoverPackage) {
    return p.content.plan;
  }

  @FieldResolver()
  assessment(@Root() p: HandoverPackage) {
    return p.content.assessment;
  }

  @FieldResolver()
  carerPlan(@Root() p: HandoverPackage) {
    return p.content.carerPlan;
  }

  @FieldResolver(() => [HandoverPackageReadType])
  reads(@Root() p: HandoverPackage, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).reads(p.handoverId);
  }
}

@Resolver(() => PersonType)
export class PersonHandoversResolver {
  @FieldResolver(() => [HandoverType], { description: 'Moves between councils of this person that your council is party to, oldest first (R20–R22).' })
  handovers(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return new HandoverService(ctx).forPerson(person);
  }
}
