import { CASEWORK_ROLES, PenceScalar, connectionOf } from '@careplan/subgraph-kit';
import { Authorized, Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role, Specialism } from '@careplan/domain';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a signed-in user may do. A sign-in carries one or more roles, always for one council.',
  valuesConfig: {
    PRACTITIONER: { description: 'Social worker or care manager: people’s records, assessments, plans and reviews.' },
    TEAM_MANAGER: { description: 'As a practitioner, plus approvals within their approval limit (R8), access history, allocation, staff and teams.' },
    PANEL_MEMBER: { description: 'Member of the council’s funding panel: decides the plans routed to the panel (R8).' },
    FINANCE_OFFICER: { description: 'Finance and direct-payment staff: budgets, financial assessments, direct payments.' },
    ANALYST: { description: 'Data teams: aggregates and pseudonyms only, never names, addresses or NHS numbers.' },
    RETURNS_OFFICER: { description: 'Produces the council’s statutory returns (the Client Level Data return), which carry identifiers for NHS England to pseudonymise; downloads them. Not every analyst.' },
    PERSON: { description: 'A citizen signed in to see their own record only. Never a staff role.' },
    SERVICE: { description: 'The council’s automated worker, for timed and cross-cutting steps. Never a staff role.' },
  },
});

@ObjectType('Team', { description: 'A team of practitioners in your council.' })
export class TeamType {
  @Field(() => ID, { description: 'The team’s id.' })
  id!: string;

  @Field({ description: 'The team’s name, unique in your council.' })
  name!: string;
}

@ObjectType('ApprovalLimitGrant', { description: 'One change to a practitioner’s approval limit and who made it (R8): kept for audit, never changed.' })
export class ApprovalLimitGrantType {
  @Field(() => PenceScalar, { description: 'The limit before, in whole pence a year.' })
  fromPence!: number;

  @Field(() => PenceScalar, { description: 'The limit after, in whole pence a year.' })
  toPence!: number;

  @Field({ description: 'The sign-in of the team manager who made the change; never the practitioner themselves when it was raised.' })
  grantedBy!: string;

  @Field({ description: 'When the change was made.' })
  createdAt!: Date;
}

export const TeamConnection = connectionOf(TeamType, 'Team', 'teams', 'by name');

// Keyed so that `node(id)` can fetch a practitioner by id alone.
@Directive('@key(fields: "id")')
@ObjectType('Practitioner', {
  description:
    'A member of the council’s staff who works with people’s records. A person reading their own record sees their worker’s name only: sign-ins, e-mails, roles and limits are for staff (FORBIDDEN otherwise).',
})
export class PractitionerType {
  @Field(() => ID, { description: 'The practitioner’s id.' })
  id!: string;

  @Authorized(...CASEWORK_ROLES)
  @Field({ description: 'The sign-in (token subject) this record belongs to.' })
  userId!: string;

  @Field({ description: 'Given name.' })
  givenName!: string;

  @Field({ description: 'Family name.' })
  familyName!: string;

  @Authorized(...CASEWORK_ROLES)
  @Field(() => String, { nullable: true, description: 'Work e-mail, where review reminders are sent (R18); null when not recorded.' })
  email!: string | null;

  @Authorized(...CASEWORK_ROLES)
  @Field(() => [Role], { description: 'Their staff roles, as recorded here; never PERSON or SERVICE.' })
  roles!: Role[];

  @Authorized(...CASEWORK_ROLES)
  @Field(() => [Specialism], { description: 'What they are qualified for; empty for none.' })
  specialisms!: Specialism[];

  @Authorized(...CASEWORK_ROLES)
  @Field(() => PenceScalar, { description: 'Largest annual plan cost they may approve, in whole pence (R8); 0 approves nothing.' })
  approvalLimitPence!: number;

  @Authorized(...CASEWORK_ROLES)
  @Field({ description: 'False once they no longer work cases: people cannot be allocated to them and they are not escalated to.' })
  active!: boolean;

  @Authorized(...CASEWORK_ROLES)
  @Field(() => Int, { description: 'The record’s version: send it back with updatePractitioner; a stale one is a CONFLICT.' })
  version!: number;
}

export const PractitionerConnection = connectionOf(PractitionerType, 'Practitioner', 'staff', 'by family name, then given name');

@InputType()
abstract class PractitionerFieldsInput {
  @Field({ description: 'Given name, 1 to 100 characters.' })
  givenName!: string;

  @Field({ description: 'Family name, 1 to 100 characters.' })
  familyName!: string;

  @Field(() => ID, { nullable: true, description: 'A team in your council; leave out for none.' })
  teamId?: string | null;

  @Field(() => String, { nullable: true, description: 'Work e-mail, where review reminders are sent (R18); leave out for none.' })
  email?: string | null;

  @Field(() => [Role], { description: 'At least one; staff roles only (not PERSON or SERVICE).' })
  roles!: Role[];

  @Field(() => [Specialism], { nullable: true, description: 'What they are qualified for; leave out for none.' })
  specialisms?: Specialism[] | null;

  @Field(() => PenceScalar, { nullable: true, description: 'Largest annual plan cost they may approve, in whole pence (R8); leave out or 0 for none.' })
  approvalLimitPence?: number | null;
}

@InputType('PractitionerInput', { description: 'A new member of staff.' })
export class PractitionerInput extends PractitionerFieldsInput {
  @Field({ description: 'The sign-in (token subject) the record belongs to, 1 to 200 characters; one record per sign-in in your council.' })
  userId!: string;
}

@InputType('UpdatePractitionerInput', {
  description: 'A staff record as it should now be: every field is set as sent, so a left-out team, e-mail, specialisms or approval limit is cleared (limit 0).',
})
export class UpdatePractitionerInput extends PractitionerFieldsInput {
  @Field(() => ID, { description: 'The practitioner to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you are editing; a stale one is a CONFLICT.' })
  version!: number;

  @Field({ description: 'False when they no longer work cases.' })
  active!: boolean;
}

@InputType('CreateTeamInput', { description: 'A team to create in your council.' })
export class CreateTeamInput {
  @Field({ description: 'The team’s name, 1 to 100 characters; one already used in your council is BAD_USER_INPUT.' })
  name!: string;
}
