import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy } from '@careplan/subgraph-kit';

/** What the CLD return needs of each event beyond the counts, and the returns themselves with their audit. */
export class DataReturns1766000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE analytics.person ADD COLUMN client_type text`,
      `ALTER TABLE analytics.assessment ADD COLUMN kind text, ADD COLUMN method text, ADD COLUMN event_outcome text, ADD COLUMN started_on date`,
      `ALTER TABLE analytics.review ADD COLUMN trigger text, ADD COLUMN started_on date`,
      // A return's events are read a page of people at a time, by pseudonym.
      ...['assessment', 'plan', 'review'].map((t) => `CREATE INDEX ${t}_by_person ON analytics.${t} (authority_code, pseudonym)`),
      `CREATE TABLE analytics.data_return (
        id uuid PRIMARY KEY,
        authority_code text NOT NULL,
        kind text NOT NULL,
        quarter text NOT NULL,
        status text NOT NULL,
        people_done int NOT NULL DEFAULT 0,
        progress int NOT NULL DEFAULT 0,
        row_counts jsonb,
        files jsonb,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        expires_at timestamptz
      )`,
      // Who produced or downloaded which return, when, with its row counts: appended, never changed.
      `CREATE TABLE analytics.data_return_audit (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        authority_code text NOT NULL,
        return_id uuid NOT NULL,
        action text NOT NULL,
        actor text NOT NULL,
        format text,
        row_counts jsonb,
        at timestamptz NOT NULL DEFAULT now()
      )`,
      ...['data_return', 'data_return_audit'].flatMap((t) => enableTenancy('analytics', t)),
      `REVOKE UPDATE, DELETE, TRUNCATE ON analytics.data_return_audit FROM careplan_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analytics.data_return_audit, analytics.data_return`);
    for (const t of ['assessment', 'plan', 'review']) await q.query(`DROP INDEX analytics.${t}_by_person`);
    await q.query(`ALTER TABLE analytics.review DROP COLUMN trigger, DROP COLUMN started_on`);
    await q.query(`ALTER TABLE analytics.assessment DROP COLUMN kind, DROP COLUMN method, DROP COLUMN event_outcome, DROP COLUMN started_on`);
    await q.query(`ALTER TABLE analytics.person DROP COLUMN client_type`);
  }
}
