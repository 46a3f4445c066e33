import type { ClientBase } from 'pg';

/** Stands for a contact who was at a council that has left: the field is required, the person is erased. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** The handovers of a council whose other council has already left: nobody's record any more. */
const ORPHANED = `SELECT h.id FROM people.handover h
  JOIN people.authority other ON other.code = CASE WHEN h.from_authority_code = $1 THEN h.to_authority_code ELSE h.from_authority_code END
  WHERE $1 IN (h.from_authority_code, h.to_authority_code) AND other.offboarded_at IS NOT NULL`;

/**
 * What offboarding does with the rows a council shares with another (moves, R20–R22), before its own rows
 * are deleted. A handover and its package are also the other council's record: the receiving council
 * meets needs from arrival on what it was given, and the sending council answers for what it disclosed.
 * So the other council keeps its copy, and only the leaving council's side goes: its contact and its record
 * of the person (its letters and its reads of the package are its own rows and go with the rest). A move
 * whose other council left before is deleted whole. The council's `authority` row stays, marked, so the
 * moves kept still name where the person came from or went.
 */
export async function releaseSharedRecords(client: ClientBase, authority: string): Promise<void> {
  for (const sql of [
    `DELETE FROM people.handover_letter WHERE handover_id IN (${ORPHANED})`,
    `DELETE FROM people.handover_package_read WHERE handover_id IN (${ORPHANED})`,
    `DELETE FROM people.handover_package WHERE handover_id IN (${ORPHANED})`,
    `DELETE FROM people.handover WHERE id IN (${ORPHANED})`,
    `UPDATE people.handover SET from_person_id = NULL, from_contact = NULL WHERE from_authority_code = $1`,
    `UPDATE people.handover h SET to_contact = jsonb_build_object('practitionerId', '${NOBODY}', 'userId', '', 'name', a.name || ' (left careplan)', 'phone', NULL, 'email', NULL)
       FROM people.authority a WHERE a.code = $1 AND h.to_authority_code = $1`,
    `UPDATE people.authority SET offboarded_at = now() WHERE code = $1`,
  ]) {
    await client.query(sql, [authority]);
  }
}
