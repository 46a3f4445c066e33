import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * A request's database work: one transaction, opened on first use, whose first statement sets the
 * caller's authority for row-level security. `set_config(..., true)` is transaction-local, so the
 * setting can never leak to the next request that borrows the pooled connection.
 */
export class RequestDb {
  private runner?: Promise<QueryRunner>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly authority: string,
  ) {}

  get used(): boolean {
    return this.runner !== undefined;
  }

  async manager(): Promise<EntityManager> {
    this.runner ??= this.open();
    return (await this.runner).manager;
  }

  private async open(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.authority', $1, true)`, [this.authority]);
      return runner;
    } catch (e) {
      await runner.release();
      throw e;
    }
  }

  /** Commits (after `beforeCommit`, in the same transaction) or rolls back, and returns the connection. */
  async finish(commit: boolean, beforeCommit?: (m: EntityManager) => Promise<void>): Promise<void> {
    if (!this.runner) return;
    const runner = await this.runner;
    try {
      if (commit) {
        if (beforeCommit) await beforeCommit(runner.manager);
        await runner.commitTransaction();
      } else {
        await runner.rollbackTransaction();
      }
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await runner.release();
    }
  }
}
