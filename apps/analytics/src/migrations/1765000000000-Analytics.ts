import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy, platformTables } from '@careplan/subgraph-kit';

/** Every table keys people by `pseudonym` and other records by `ref`: keyed pseudonyms, never the live ids. */
const PROJECTIONS = ['person', 'assessment', 'plan', 'budget', 'direct_payment', 'review', 'handover'];

export class Analytics1765000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      // The log the read model is built from, one row per domain event, already pseudonymised: the
      // source of a rebuild. The event id is unique, so an event delivered twice is recorded once.
      `CREATE TABLE analytics.fact_event (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        authority_code text NOT NULL,
        type text NOT NULL,
        occurred_on date NOT NULL,
        facts jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX fact_event_replay ON analytics.fact_event (authority_code, seq)`,
      `CREATE TABLE analytics.person (
        authority_code text NOT NULL, pseudonym text NOT NULL,
        age_band text, gender text, ethnicity text, postcode_district text, primary_support_reason text, team_id uuid,
        PRIMARY KEY (authority_code, pseudonym)
      )`,
      `CREATE TABLE analytics.assessment (
        authority_code text NOT NULL, ref text NOT NULL, pseudonym text NOT NULL,
        status text NOT NULL, requested_on date NOT NULL, completed_on date, eligible boolean,
        PRIMARY KEY (authority_code, ref)
      )`,
      // support_items: [{ serviceType, serviceComponent, deliveryMechanism }] of the plan's latest version.
      `CREATE TABLE analytics.plan (
        authority_code text NOT NULL, ref text NOT NULL, pseudonym text NOT NULL, assessment_ref text,
        status text NOT NULL, agreed_on date, closed_on date, closure_reason text, support_items jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (authority_code, ref)
      )`,
      `CREATE TABLE analytics.budget (
        authority_code text NOT NULL, ref text NOT NULL, pseudonym text NOT NULL, plan_ref text NOT NULL,
        weekly_pence bigint, finalised_on date,
        PRIMARY KEY (authority_code, ref)
      )`,
      `CREATE TABLE analytics.direct_payment (
        authority_code text NOT NULL, ref text NOT NULL, pseudonym text NOT NULL,
        status text NOT NULL, started_on date NOT NULL, ended_on date,
        PRIMARY KEY (authority_code, ref)
      )`,
      `CREATE TABLE analytics.review (
        authority_code text NOT NULL, ref text NOT NULL, pseudonym text NOT NULL, plan_ref text NOT NULL,
        kind text NOT NULL, state text NOT NULL, due_date date NOT NULL, completed_on date, outcome text,
        PRIMARY KEY (authority_code, ref)
      )`,
      `CREATE TABLE analytics.handover (
        authority_code text NOT NULL, ref text NOT NULL, pseudonym text,
        direction text NOT NULL, status text NOT NULL, move_date date NOT NULL, arrived_on date,
        PRIMARY KEY (authority_code, ref)
      )`,
      ...['fact_event', ...PROJECTIONS].flatMap((t) => enableTenancy('analytics', t)),
      // The log is appended to, never changed; only a rebuild empties the projections.
      `REVOKE UPDATE, DELETE, TRUNCATE ON analytics.fact_event FROM careplan_app`,
      ...platformTables('analytics'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['access_audit', 'outbox', 'fact_event', ...PROJECTIONS]) await q.query(`DROP TABLE analytics.${t}`);
  }
}
