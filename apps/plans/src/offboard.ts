import 'reflect-metadata';
import { runOffboarding } from '@careplan/subgraph-kit';
import { plansSubgraph } from './definition';

void runOffboarding(plansSubgraph);
