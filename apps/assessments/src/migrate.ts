import 'reflect-metadata';
import { runMigrations } from '@careplan/subgraph-kit';
import { assessmentsSubgraph } from './definition';

void runMigrations(assessmentsSubgraph);
