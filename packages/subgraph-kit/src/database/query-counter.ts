import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts SQL statements sent through a DataSource. Tests use it to prove batching (no N+1);
 * in production it is a cheap metric of statements per request.
 */
export class QueryCounter implements TypeOrmLogger {
  count = 0;

  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {
    this.count++;
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
