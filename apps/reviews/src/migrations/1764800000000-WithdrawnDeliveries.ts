import type { MigrationInterface, QueryRunner } from 'typeorm';

/** R18: a delivery whose review was completed, cancelled or refused before it went is withdrawn, never sent. */
export class WithdrawnDeliveries1764800000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reviews.delivery DROP CONSTRAINT delivery_state_check,
      ADD CONSTRAINT delivery_state_check CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED', 'WITHDRAWN'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE reviews.delivery SET state = 'FAILED', last_error = 'withdrawn' WHERE state = 'WITHDRAWN'`);
    await q.query(`ALTER TABLE reviews.delivery DROP CONSTRAINT delivery_state_check,
      ADD CONSTRAINT delivery_state_check CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED'))`);
  }
}
