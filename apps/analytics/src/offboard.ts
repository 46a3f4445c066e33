import 'reflect-metadata';
import { runOffboarding } from '@careplan/subgraph-kit';
import { analyticsSubgraph } from './definition';

void runOffboarding(analyticsSubgraph);
