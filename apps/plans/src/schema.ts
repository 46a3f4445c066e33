import 'reflect-metadata';
import { writeSubgraphSchema } from '@careplan/subgraph-kit';
import { plansSubgraph } from './definition';

void writeSubgraphSchema(plansSubgraph);
