import 'reflect-metadata';
import { runMigrations } from '@careplan/subgraph-kit';
import { peopleSubgraph } from './definition';

runMigrations(peopleSubgraph).catch((err: unknown) => {
  console.error('people migrations failed', err);
  process.exit(1);
});
