import 'reflect-metadata';
import { writeSubgraphSchema } from '@careplan/subgraph-kit';
import { budgetsSubgraph } from './definition';

void writeSubgraphSchema(budgetsSubgraph);
