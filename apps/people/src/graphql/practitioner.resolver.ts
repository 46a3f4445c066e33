import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE, PageArgs, PenceScalar, toConnection, type SubgraphContext } from '@careplan/subgraph-kit';
import type { Practitioner } from '../entities/practitioner.entity';
import type { Team } from '../entities/team.entity';
import { PEOPLE_READERS } from '../services/person.service';
import { PractitionerService, STAFF_ADMINS } from '../services/practitioner.service';
import { ApprovalLimitGrantType, CreateTeamInput, PractitionerConnection, PractitionerInput, PractitionerType, TeamConnection, TeamType, UpdatePractitionerInput } from './practitioner.types';

@Resolver(() => TeamType)
export class TeamResolver {
  @FieldResolver(() => [PractitionerType], { description: 'The team’s active team managers, by family name: overdue reviews escalate to them (R18).' })
  managers(@Root() team: Team, @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).managers(team.id);
  }
}

@Resolver(() => PractitionerType)
export class PractitionerResolver {
  @FieldResolver(() => [ApprovalLimitGrantType], { description: 'Every change to their approval limit, oldest first, with who made it (R8). Roles: TEAM_MANAGER.' })
  @Authorized(...STAFF_ADMINS)
  approvalLimitGrants(@Root() practitioner: Practitioner, @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).limitGrants(practitioner.id);
  }

  @Query(() => PractitionerType, { nullable: true, description: 'Your own practitioner record; null when your sign-in has none.' })
  @Authorized(...PEOPLE_READERS)
  me(@Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).me();
  }

  @Query(() => PractitionerType, { nullable: true, description: 'A member of your council’s staff; null when there is none.' })
  @Authorized(...PEOPLE_READERS)
  practitioner(@Arg('id', () => ID, { description: 'The practitioner’s id.' }) id: string, @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).get(id);
  }

  @Query(() => PenceScalar, {
    description: 'The highest annual approval limit among your council’s active staff, in whole pence; 0 when nobody may approve alone. A plan costing more a year goes to the panel (R8).',
  })
  @Authorized(...PEOPLE_READERS)
  highestApprovalLimit(@Ctx() ctx: SubgraphContext): Promise<number> {
    return new PractitionerService(ctx).highestApprovalLimit();
  }

  @Query(() => PractitionerConnection, { description: 'Staff of your council, active or not, by family name then given name, a page at a time.' })
  @Authorized(...PEOPLE_READERS)
  async practitioners(
    @Ctx() ctx: SubgraphContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('teamId', () => ID, { nullable: true, description: 'Only this team’s staff; leave out for everyone.' }) teamId?: string,
  ) {
    return toConnection(await new PractitionerService(ctx).list(teamId, page)) as unknown as InstanceType<typeof PractitionerConnection>;
  }

  @Query(() => [PractitionerType], { description: `Staff of your council by id, at most ${MAX_PAGE} at once, in no set order; an id naming nobody in your council is left out.` })
  @Authorized(...PEOPLE_READERS)
  practitionersById(@Arg('ids', () => [ID], { description: `The practitioners’ ids, at most ${MAX_PAGE}; more is BAD_USER_INPUT.` }) ids: string[], @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).byIds(ids);
  }

  @Query(() => [PractitionerType], {
    description: `The staff a review reminder about these people may go to (R18): their allocated practitioners, the active team managers of their teams and, when one of them has no team with an active manager, every active team manager of your council. At most ${MAX_PAGE} people at once.`,
  })
  @Authorized(...PEOPLE_READERS)
  reminderStaff(@Arg('personIds', () => [ID], { description: `The people the reminders are about, at most ${MAX_PAGE}; more is BAD_USER_INPUT.` }) personIds: string[], @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).reminderStaff(personIds);
  }

  @Query(() => TeamConnection, { description: 'Your council’s teams, by name, a page at a time.' })
  @Authorized(...PEOPLE_READERS)
  async teams(@Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs) {
    return toConnection(await new PractitionerService(ctx).teams(page)) as unknown as InstanceType<typeof TeamConnection>;
  }

  @Mutation(() => TeamType, { description: 'Creates a team in your council (team managers); a name already used there is BAD_USER_INPUT.' })
  @Authorized(...STAFF_ADMINS)
  createTeam(@Arg('input', () => CreateTeamInput, { description: 'The new team.' }) input: CreateTeamInput, @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).createTeam(input.name);
  }

  @Mutation(() => PractitionerType, { description: 'Creates the staff record of a sign-in in your council (team managers); it starts active.' })
  @Authorized(...STAFF_ADMINS)
  createPractitioner(@Arg('input', () => PractitionerInput, { description: 'The new member of staff.' }) input: PractitionerInput, @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).create(input);
  }

  @Mutation(() => PractitionerType, { description: 'Replaces a staff record at the version you read (team managers) and returns it.' })
  @Authorized(...STAFF_ADMINS)
  updatePractitioner(@Arg('input', () => UpdatePractitionerInput, { description: 'The record as it should now be.' }) input: UpdatePractitionerInput, @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).update(input);
  }

  @FieldResolver(() => TeamType, { nullable: true, description: 'Their team; null when they are in none.' })
  team(@Root() practitioner: Practitioner, @Ctx() ctx: SubgraphContext) {
    return practitioner.teamId ? new PractitionerService(ctx).team(practitioner.teamId) : null;
  }
}

