import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenancy } from '@careplan/subgraph-kit';
import { STATISTICS_INDEXES } from './1767000000000-StatisticsIndexes';

/**
 * The aggregates' own projection (services/counted.ts): one row per thing counted, already carrying its
 * person's groups, so `careStatistics` and `careMeasures` group one council's rows without joining
 * records to people (`npm run bench:analytics` measured that join as most of their time).
 */
export class CountedRecords1768000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE analytics.counted_record (
        authority_code text NOT NULL,
        pseudonym text NOT NULL,
        counts text NOT NULL,
        ref text NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        value bigint,
        primary_support_reason text, age_band text, gender text, ethnicity text, team_id uuid, postcode_district text,
        service_type text, delivery_mechanism text, eligibility text, review_outcome text
      )`,
      // A person's rows are replaced whenever an event about them is projected.
      `CREATE INDEX counted_record_by_person ON analytics.counted_record (authority_code, pseudonym)`,
      // Each kind of count of a council is read for its period from the index alone (an index-only scan),
      // not from heap pages shared with every other council's rows.
      `CREATE INDEX counted_record_period ON analytics.counted_record (authority_code, counts, starts_on)
         INCLUDE (ends_on, pseudonym, value, primary_support_reason, age_band, gender, ethnicity, team_id, postcode_district,
                  service_type, delivery_mechanism, eligibility, review_outcome)`,
      // The records a person's rows are made from, found by person.
      ...['budget', 'direct_payment', 'handover'].map((t) => `CREATE INDEX ${t}_by_person ON analytics.${t} (authority_code, pseudonym)`),
      ...enableTenancy('analytics', 'counted_record'),
      // The aggregates no longer read the records themselves: their indexes would only slow every event.
      ...STATISTICS_INDEXES.map(([name]) => `DROP INDEX analytics.${name}`),
      // How many people a return goes through, counted once when its build starts rather than at every report.
      `ALTER TABLE analytics.data_return ADD COLUMN people_total int`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE analytics.data_return DROP COLUMN people_total`);
    for (const [name, definition] of STATISTICS_INDEXES) await q.query(`CREATE INDEX ${name} ON ${definition}`);
    for (const t of ['budget', 'direct_payment', 'handover']) await q.query(`DROP INDEX analytics.${t}_by_person`);
    await q.query(`DROP TABLE analytics.counted_record`);
  }
}
