import { BadUserInput, Forbidden, Role, Specialism, assertApprovalLimitGrant, parseApprovalLimit, parseEmailAddress } from '@careplan/domain';
import { byId, keysetPage, manyBy, updateVersioned, type Keyset, type Page, type PageArgs, type SubgraphContext } from '@careplan/subgraph-kit';
import { ApprovalLimitGrant } from '../entities/approval-limit-grant.entity';
import { Authority } from '../entities/authority.entity';
import { Practitioner } from '../entities/practitioner.entity';
import { Team } from '../entities/team.entity';
import type { PractitionerInput, UpdatePractitionerInput } from '../graphql/practitioner.types';

function name(raw: string, field: string): string {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (!value || value.length > 100) throw new BadUserInput(field, `${field} must be 1 to 100 characters`);
  return value;
}

const BY_NAME: Keyset<Team> = { keys: [{ sql: 't.name', of: (team) => team.name, kind: 'text' }], id: 't.id' };

/** Staff and teams of the caller's council. Team managers keep them; everyone in casework reads them. */
export class PractitionerService {
  constructor(private readonly ctx: SubgraphContext) {}

  get(id: string): Promise<Practitioner | null> {
    return byId(this.ctx, Practitioner).load(id);
  }

  team(id: string): Promise<Team | null> {
    return byId(this.ctx, Team).load(id);
  }

  /** The signed-in user's own practitioner record, if they have one. */
  async me(): Promise<Practitioner | null> {
    const manager = await this.ctx.db.manager();
    return manager.findOneBy(Practitioner, { authorityCode: this.ctx.identity.authority, userId: this.ctx.identity.userId });
  }

  /** R8: the highest limit anyone active may approve within; the plan goes to the panel when its cost is above it. */
  async highestApprovalLimit(): Promise<number> {
    const manager = await this.ctx.db.manager();
    const [row] = await manager.query('SELECT COALESCE(MAX(approval_limit_pence), 0) AS highest FROM people.practitioner WHERE authority_code = $1 AND active', [this.ctx.identity.authority]);
    return Number(row.highest);
  }

  async list(teamId?: string | null): Promise<Practitioner[]> {
    const manager = await this.ctx.db.manager();
    return manager.find(Practitioner, {
      where: { authorityCode: this.ctx.identity.authority, ...(teamId ? { teamId } : {}) },
      order: { familyName: 'ASC', givenName: 'ASC' },
    });
  }

  /** Active team managers of a team: who an overdue review escalates to (R18). */
  managers(teamId: string): Promise<Practitioner[]> {
    return this.ctx.loaders
      .get<string, Practitioner[]>('team-managers', async (teamIds) => {
        const rows = await (await this.ctx.db.manager())
          .createQueryBuilder(Practitioner, 'p')
          .where('p.authority_code = :authority AND p.team_id IN (:...teamIds) AND p.active AND :role = ANY(p.roles)', {
            authority: this.ctx.identity.authority,
            teamIds,
            role: Role.TEAM_MANAGER,
          })
          .orderBy('p.family_name')
          .getMany();
        return teamIds.map((id) => rows.filter((p) => p.teamId === id));
      })
      .load(teamId);
  }

  /** A page of the council's teams by name (a name is unique in a council, so its unique index serves the page). */
  async teams(args: PageArgs): Promise<Page<Team>> {
    const q = (await this.ctx.db.manager()).createQueryBuilder(Team, 't').where('t.authority_code = :authority', { authority: this.ctx.identity.authority });
    return keysetPage(q, BY_NAME, args);
  }

  async createTeam(rawName: string): Promise<Team> {
    const manager = await this.ctx.db.manager();
    const teamName = name(rawName, 'name');
    // A token for a council nobody onboarded builds nothing there.
    if (!(await manager.existsBy(Authority, { code: this.ctx.identity.authority }))) throw new Forbidden('your council is not onboarded');
    if (await manager.existsBy(Team, { authorityCode: this.ctx.identity.authority, name: teamName })) {
      throw new BadUserInput('name', `a team called ${teamName} already exists`);
    }
    return manager.save(manager.create(Team, { authorityCode: this.ctx.identity.authority, name: teamName }));
  }

  private async fields(input: PractitionerInput | UpdatePractitionerInput) {
    if (input.teamId && !(await this.team(input.teamId))) throw new BadUserInput('teamId', 'no such team in your authority');
    if (input.roles.length === 0) throw new BadUserInput('roles', 'give at least one role');
    if (input.roles.includes(Role.PERSON) || input.roles.includes(Role.SERVICE)) throw new BadUserInput('roles', 'staff roles only');
    return {
      givenName: name(input.givenName, 'givenName'),
      familyName: name(input.familyName, 'familyName'),
      teamId: input.teamId ?? null,
      email: parseEmailAddress(input.email, 'email')?.toLowerCase() ?? null,
      roles: [...new Set(input.roles)],
      specialisms: [...new Set(input.specialisms ?? [])] as Specialism[],
      approvalLimitPence: parseApprovalLimit(input.approvalLimitPence),
    };
  }

  async create(input: PractitionerInput): Promise<Practitioner> {
    const manager = await this.ctx.db.manager();
    const userId = input.userId.trim();
    if (!userId || userId.length > 200) throw new BadUserInput('userId', 'userId must be the sign-in subject, 1 to 200 characters');
    if (await manager.existsBy(Practitioner, { authorityCode: this.ctx.identity.authority, userId })) {
      throw new BadUserInput('userId', 'a practitioner with this sign-in already exists');
    }
    const fields = await this.fields(input);
    assertApprovalLimitGrant({ granteeUserId: userId, grantorUserId: this.ctx.identity.userId, fromPence: 0, toPence: fields.approvalLimitPence });
    const created = await manager.save(manager.create(Practitioner, { authorityCode: this.ctx.identity.authority, userId, active: true, ...fields }));
    await this.recordGrant(created, 0);
    return created;
  }

  async update(input: UpdatePractitionerInput): Promise<Practitioner> {
    const fields = await this.fields(input);
    const current = await this.get(input.id);
    if (!current) throw new BadUserInput('id', 'no such practitioner in your authority');
    assertApprovalLimitGrant({ granteeUserId: current.userId, grantorUserId: this.ctx.identity.userId, fromPence: current.approvalLimitPence, toPence: fields.approvalLimitPence });
    const updated = await updateVersioned(this.ctx, Practitioner, 'Practitioner', input.id, input.version, { ...fields, active: input.active });
    await this.recordGrant(updated, current.approvalLimitPence);
    return updated;
  }

  /** R8: every change to an approval limit is kept, with who made it. */
  private async recordGrant(practitioner: Practitioner, fromPence: number): Promise<void> {
    if (practitioner.approvalLimitPence === fromPence) return;
    const manager = await this.ctx.db.manager();
    await manager.insert(ApprovalLimitGrant, {
      authorityCode: practitioner.authorityCode,
      practitionerId: practitioner.id,
      fromPence,
      toPence: practitioner.approvalLimitPence,
      grantedBy: this.ctx.identity.userId,
    });
  }

  /** Every change to a practitioner's approval limit, oldest first (R8). */
  limitGrants(practitionerId: string): Promise<ApprovalLimitGrant[]> {
    return manyBy(this.ctx, ApprovalLimitGrant, 'practitionerId').load(practitionerId);
  }
}

export const STAFF_ADMINS = [Role.TEAM_MANAGER];
