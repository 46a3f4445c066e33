import 'reflect-metadata';
import { runMigrations } from '@careplan/subgraph-kit';
import { reviewsSubgraph } from './definition';

void runMigrations(reviewsSubgraph);
