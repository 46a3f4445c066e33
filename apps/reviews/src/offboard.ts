import 'reflect-metadata';
import { runOffboarding } from '@careplan/subgraph-kit';
import { reviewsSubgraph } from './definition';

void runOffboarding(reviewsSubgraph);
