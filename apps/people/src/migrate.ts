import 'reflect-metadata';
import { runMigrations } from '@careplan/subgraph-kit';
import { peopleSubgraph } from './definition';

void runMigrations(peopleSubgraph);
