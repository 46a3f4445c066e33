import 'reflect-metadata';
import { runSubgraph } from '@careplan/subgraph-kit';
import { reviewsSubgraph } from './definition';

void runSubgraph(reviewsSubgraph);
