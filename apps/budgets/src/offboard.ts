import 'reflect-metadata';
import { runOffboarding } from '@careplan/subgraph-kit';
import { budgetsSubgraph } from './definition';

void runOffboarding(budgetsSubgraph);
