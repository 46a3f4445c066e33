import 'reflect-metadata';
import { runMigrations } from '@careplan/subgraph-kit';
import { plansSubgraph } from './definition';

void runMigrations(plansSubgraph);
