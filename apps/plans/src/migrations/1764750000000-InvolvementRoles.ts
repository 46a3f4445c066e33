import type { MigrationInterface, QueryRunner } from 'typeorm';
import { involvementRolesFromWords, involvementRolesToWords } from '@careplan/subgraph-kit';

/** R1: who took part names a role the content check can read. */
export class InvolvementRoles1764750000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(involvementRolesFromWords('plans.care_and_support_plan'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(involvementRolesToWords('plans.care_and_support_plan'));
  }
}
