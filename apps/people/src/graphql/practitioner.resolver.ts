import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import type { Practitioner } from '../entities/practitioner.entity';
import type { Team } from '../entities/team.entity';
import { PEOPLE_READERS } from '../services/person.service';
import { PractitionerService, STAFF_ADMINS } from '../services/practitioner.service';
import { PractitionerInput, PractitionerType, TeamType, UpdatePractitionerInput } from './practitioner.types';

@Resolver(() => TeamType)
export class TeamResolver {
  @FieldResolver(() => [PractitionerType], { description: 'Active team managers: overdue reviews escalate to them (R18).' })
  managers(@Root() team: Team, @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).managers(team.id);
  }
}

@Resolver(() => PractitionerType)
export class PractitionerResolver {
  @Query(() => PractitionerType, { nullable: true, description: 'Your own practitioner record.' })
  @Authorized(...PEOPLE_READERS)
  me(@Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).me();
  }

  @Query(() => PractitionerType, { nullable: true })
  @Authorized(...PEOPLE_READERS)
  practitioner(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).get(id);
  }

  @Query(() => [PractitionerType], { description: 'Staff of your authority, optionally of one team.' })
  @Authorized(...PEOPLE_READERS)
  practitioners(@Ctx() ctx: SubgraphContext, @Arg('teamId', () => ID, { nullable: true }) teamId?: string) {
    return new PractitionerService(ctx).list(teamId);
  }

  @Query(() => [TeamType])
  @Authorized(...PEOPLE_READERS)
  teams(@Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).teams();
  }

  @Mutation(() => TeamType)
  @Authorized(...STAFF_ADMINS)
  createTeam(@Arg('name') name: string, @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).createTeam(name);
  }

  @Mutation(() => PractitionerType)
  @Authorized(...STAFF_ADMINS)
  createPractitioner(@Arg('input', () => PractitionerInput) input: PractitionerInput, @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).create(input);
  }

  @Mutation(() => PractitionerType)
  @Authorized(...STAFF_ADMINS)
  updatePractitioner(@Arg('input', () => UpdatePractitionerInput) input: UpdatePractitionerInput, @Ctx() ctx: SubgraphContext) {
    return new PractitionerService(ctx).update(input);
  }

  @FieldResolver(() => TeamType, { nullable: true })
  team(@Root() practitioner: Practitioner, @Ctx() ctx: SubgraphContext) {
    return practitioner.teamId ? new PractitionerService(ctx).team(practitioner.teamId) : null;
  }
}

