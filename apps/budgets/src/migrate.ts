import 'reflect-metadata';
import { runMigrations } from '@careplan/subgraph-kit';
import { budgetsSubgraph } from './definition';

void runMigrations(budgetsSubgraph);
