import { Client } from 'pg';
import { AuthorityCode, BadUserInput, Role, assertConsiderationDays, hasUnwantedCharacters, parseEmailAddress, type Nation } from '@careplan/domain';

export interface AuthorityRecord {
  code: string;
  name: string;
}

/** The councils of the demo and the tests: two English (a person can move between them) and one Welsh, so both rule books are exercised. */
export const DEMO_AUTHORITIES: AuthorityRecord[] = [
  { code: 'E09000012', name: 'London Borough of Hackney' },
  { code: 'E09000019', name: 'London Borough of Islington' },
  { code: 'W06000015', name: 'Cardiff Council' },
];

/** The council's first team manager: they add the rest of its staff and teams through the graph. */
export interface FirstManager {
  /** Their sign-in subject at the council's identity provider (the token's `sub`). */
  userId: string;
  givenName: string;
  familyName: string;
  email?: string | null;
}

export interface CouncilOnboarding extends AuthorityRecord {
  /** R9: days a person has to consider a proposed plan; left as it is (14 for a new council) when not given. */
  planConsiderationDays?: number;
  manager?: FirstManager;
}

export interface OnboardedCouncil {
  code: string;
  nation: Nation;
  planConsiderationDays: number;
  /** The first team manager's practitioner id, and whether this run created it. */
  manager?: { id: string; created: boolean };
}

function text(raw: string, field: string, max: number): string {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (!value || value.length > max || hasUnwantedCharacters(value)) throw new BadUserInput(field, `${field} must be 1 to ${max} characters of plain text`);
  return value;
}

/**
 * Registers a council as a user of the service, as the schema owner: its GSS code (the nation follows from
 * it), name, settings and first team manager. Safe to run again: the name and settings given are applied,
 * an existing manager record is left as it is, and a council offboarded before is onboarded afresh.
 *
 * The first manager gets no approval limit (R8): a limit is granted by someone who does not use it, so a
 * second team manager, whom the first adds, grants it in the graph (`updatePractitioner`), and the grant is
 * kept with who made it. Until then plans over nobody's limit go to the panel.
 */
export async function onboardCouncil(ownerUrl: string, council: CouncilOnboarding): Promise<OnboardedCouncil> {
  const code = AuthorityCode.parse(council.code, 'code');
  const name = text(council.name, 'name', 200);
  if (council.planConsiderationDays !== undefined) assertConsiderationDays(council.planConsiderationDays, 'planConsiderationDays');
  const manager = council.manager && {
    userId: text(council.manager.userId, 'managerUserId', 200),
    givenName: text(council.manager.givenName, 'managerGivenName', 100),
    familyName: text(council.manager.familyName, 'managerFamilyName', 100),
    email: parseEmailAddress(council.manager.email, 'managerEmail')?.toLowerCase() ?? null,
  };
  const client = new Client({ connectionString: ownerUrl, application_name: 'careplan-people-onboard' });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ plan_consideration_days: number }>(
      `INSERT INTO people.authority (code, name, nation, plan_consideration_days) VALUES ($1, $2, $3, COALESCE($4, 14))
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, offboarded_at = NULL,
         plan_consideration_days = COALESCE($4, people.authority.plan_consideration_days)
       RETURNING plan_consideration_days`,
      [code.toString(), name, code.nation, council.planConsiderationDays ?? null],
    );
    const onboarded: OnboardedCouncil = { code: code.toString(), nation: code.nation, planConsiderationDays: rows[0].plan_consideration_days };
    if (manager) {
      // Staff rows are the council's: row-level security binds the owner too.
      await client.query(`SELECT set_config('app.authority', $1, true)`, [code.toString()]);
      const created = await client.query<{ id: string }>(
        `INSERT INTO people.practitioner (authority_code, user_id, given_name, family_name, email, roles, approval_limit_pence)
         VALUES ($1, $2, $3, $4, $5, $6, 0) ON CONFLICT (authority_code, user_id) DO NOTHING RETURNING id`,
        [code.toString(), manager.userId, manager.givenName, manager.familyName, manager.email, [Role.TEAM_MANAGER]],
      );
      const id = created.rows[0]?.id ?? (await client.query<{ id: string }>(`SELECT id FROM people.practitioner WHERE authority_code = $1 AND user_id = $2`, [code.toString(), manager.userId])).rows[0].id;
      onboarded.manager = { id, created: created.rows.length === 1 };
    }
    await client.query('COMMIT');
    return onboarded;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

/** Registers councils as users of the service (as the schema owner); safe to run again. */
export async function onboardAuthorities(ownerUrl: string, authorities: AuthorityRecord[] = DEMO_AUTHORITIES): Promise<void> {
  for (const a of authorities) await onboardCouncil(ownerUrl, { code: a.code, name: a.name });
}
