import 'reflect-metadata';
import { runMigrations } from '@careplan/subgraph-kit';
import { analyticsSubgraph } from './definition';

void runMigrations(analyticsSubgraph);
