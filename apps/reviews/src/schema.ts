import 'reflect-metadata';
import { writeSubgraphSchema } from '@careplan/subgraph-kit';
import { reviewsSubgraph } from './definition';

void writeSubgraphSchema(reviewsSubgraph);
