import * as pg from 'pg';

/**
 * `pg` whose pools listen for errors on every client they make, checked out or idle. pg-pool listens only
 * while a client is idle, and TypeORM not at all: a connection Postgres terminates while a request holds it
 * (a restart, a failover, an administrator) would otherwise be an unhandled 'error' that ends the process.
 * The statement under way fails on its own, and the pool drops the broken client when it is given back.
 */
export function pgDriver(onError: (err: Error) => void): typeof pg {
  class Pool extends pg.Pool {
    constructor(config?: pg.PoolConfig) {
      super(config);
      this.on('connect', (client) => client.on('error', onError));
    }
  }
  return { ...pg, Pool };
}

/** A pool of the driver above, for the connections a process keeps of its own (relay, audit writer). */
export function resilientPool(config: pg.PoolConfig, onError: (err: Error) => void): pg.Pool {
  return new (pgDriver(onError).Pool)(config);
}
