import type { MigrationInterface, QueryRunner } from 'typeorm';
import { involvementRolesFromWords, involvementRolesToWords } from '@careplan/subgraph-kit';

/** R1: who took part names a role the content check can read. */
export class InvolvementRoles1764200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(involvementRolesFromWords('assessments.needs_assessment'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(involvementRolesToWords('assessments.needs_assessment'));
  }
}
