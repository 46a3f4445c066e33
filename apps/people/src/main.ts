import 'reflect-metadata';
import { runSubgraph } from '@careplan/subgraph-kit';
import { peopleSubgraph } from './definition';

runSubgraph(peopleSubgraph).catch((err: unknown) => {
  console.error('people subgraph failed to start', err);
  process.exit(1);
});
