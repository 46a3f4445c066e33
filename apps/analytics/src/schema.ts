import 'reflect-metadata';
import { writeSubgraphSchema } from '@careplan/subgraph-kit';
import { analyticsSubgraph } from './definition';

void writeSubgraphSchema(analyticsSubgraph);
