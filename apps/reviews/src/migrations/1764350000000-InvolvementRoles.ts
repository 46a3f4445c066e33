import type { MigrationInterface, QueryRunner } from 'typeorm';
import { involvementRolesFromWords, involvementRolesToWords } from '@careplan/subgraph-kit';

/** R1: who took part names a role the content check can read. */
export class InvolvementRoles1764350000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(involvementRolesFromWords('reviews.review'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(involvementRolesToWords('reviews.review'));
  }
}
