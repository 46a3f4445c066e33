import 'reflect-metadata';
import { runSubgraph } from '@careplan/subgraph-kit';
import { budgetsSubgraph } from './definition';

void runSubgraph(budgetsSubgraph);
