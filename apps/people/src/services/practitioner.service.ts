import { BadUserInput, Forbidden, Role, Specialism, assertApprovalLimitGrant, parseApprovalLimit, parseEmailAddress } from '@careplan/domain';
import { MAX_PAGE, byId, isUuid, keyedSelect, keysetPage, manyBy, updateVersioned, type Keyset, type Page, type PageArgs, type SubgraphContext } from '@careplan/subgraph-kit';
import { In, IsNull } from 'typeorm';
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

/** Staff by family name, given name, then id: served by the index practitioner_by_name. */
const STAFF_BY_NAME: Keyset<Practitioner> = {
  keys: [
    { sql: 'p.family_name', of: (p) => p.familyName, kind: 'text' },
    { sql: 'p.given_name', of: (p) => p.givenName, kind: 'text' },
  ],
  id: 'p.id',
};

/** What one call asks about is at most a page: it bounds each request's work. */
function atMostAPage(ids: readonly string[], field: string): void {
  if (ids.length > MAX_PAGE) throw new BadUserInput(field, `${field}: at most ${MAX_PAGE} at once`);
}

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
    return (await keyedSelect(this.ctx.db.dataSource, Practitioner, 'userId').run(this.ctx.db, [this.ctx.identity.userId]))[0] ?? null;
  }

  /** R8: the highest limit anyone active may approve within; the plan goes to the panel when its cost is above it. */
  async highestApprovalLimit(): Promise<number> {
    const manager = await this.ctx.db.manager();
    const [row] = await manager.query('SELECT COALESCE(MAX(approval_limit_pence), 0) AS highest FROM people.practitioner WHERE authority_code = $1 AND active', [this.ctx.identity.authority]);
    return Number(row.highest);
  }

  /** A page of the council's staff (or one team's) by name. */
  async list(teamId: string | null | undefined, args: PageArgs): Promise<Page<Practitioner>> {
    const q = (await this.ctx.db.manager()).createQueryBuilder(Practitioner, 'p').where('p.authority_code = :authority', { authority: this.ctx.identity.authority });
    if (teamId) q.andWhere('p.team_id = :teamId', { teamId });
    return keysetPage(q, STAFF_BY_NAME, args);
  }

  /** Staff by id, at most a page of them; ids naming nobody in the council are left out. */
  async byIds(ids: readonly string[]): Promise<Practitioner[]> {
    atMostAPage(ids, 'ids');
    const found = await Promise.all([...new Set(ids)].map((id) => this.get(id)));
    return found.filter((p): p is Practitioner => p !== null);
  }

  /**
   * Everyone the domain may pick as a reminder's recipient for these people (R18): their allocated
   * practitioners, the active team managers of their teams (the person's, else their practitioner's),
   * and, when one of them has no such team or it has no active manager, every active team manager of
   * the council. The domain's choice from these is the same as from the whole staff.
   */
  async reminderStaff(personIds: readonly string[]): Promise<Practitioner[]> {
    atMostAPage(personIds, 'personIds');
    const ids = [...new Set(personIds)].filter(isUuid);
    if (ids.length < new Set(personIds).size) throw new BadUserInput('personIds', 'personIds must name ids this API issued');
    const manager = await this.ctx.db.manager();
    const rows: Array<{ id: string }> = await manager.query(
      `WITH asked AS (
         SELECT p.allocated_practitioner_id AS allocated, COALESCE(p.team_id, a.team_id) AS team
         FROM people.person p LEFT JOIN people.practitioner a ON a.id = p.allocated_practitioner_id
         WHERE p.authority_code = $1 AND p.id = ANY($2::uuid[])
       ), managers AS (
         SELECT id, team_id FROM people.practitioner WHERE authority_code = $1 AND active AND $3 = ANY(roles)
       )
       SELECT allocated AS id FROM asked WHERE allocated IS NOT NULL
       UNION SELECT id FROM managers WHERE team_id IN (SELECT team FROM asked)
       UNION SELECT id FROM managers
         WHERE (SELECT count(*) FROM asked) < cardinality($2::uuid[])
            OR EXISTS (SELECT 1 FROM asked WHERE team IS NULL OR NOT EXISTS (SELECT 1 FROM managers m WHERE m.team_id = asked.team))`,
      [this.ctx.identity.authority, ids, Role.TEAM_MANAGER],
    );
    return rows.length ? manager.find(Practitioner, { where: { authorityCode: this.ctx.identity.authority, id: In(rows.map((r) => r.id)) } }) : [];
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
    if (!(await manager.existsBy(Authority, { code: this.ctx.identity.authority, offboardedAt: IsNull() }))) throw new Forbidden('your council is not onboarded');
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
