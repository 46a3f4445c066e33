import type { Pool } from 'pg';
import { Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/**
 * The request pool's use, read from pg's pool when Prometheus scrapes: connections open, idle, and
 * requests waiting for one (a pool that is often full with requests waiting is the first sign of a slow
 * database or too small a pool).
 */
export function registerPoolMetrics(registry: Registry, dataSource: DataSource): void {
  // TypeORM keeps its pg pool as the driver's `master` once initialised.
  const pool = () => (dataSource.driver as unknown as { master?: Pool }).master;
  const gauge = (name: string, help: string, read: (p: Pool) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const p = pool();
        if (p) this.set(read(p));
      },
    });
  gauge('careplan_db_pool_connections', 'Postgres connections open in the request pool', (p) => p.totalCount);
  gauge('careplan_db_pool_idle_connections', 'Postgres connections open and idle in the request pool', (p) => p.idleCount);
  gauge('careplan_db_pool_waiting_requests', 'Requests waiting for a Postgres connection from the request pool', (p) => p.waitingCount);
  gauge('careplan_db_pool_max_connections', 'The most connections the request pool opens', (p) => p.options.max ?? 10);
}
