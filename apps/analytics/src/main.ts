import 'reflect-metadata';
import { runSubgraph } from '@careplan/subgraph-kit';
import { analyticsSubgraph } from './definition';

void runSubgraph(analyticsSubgraph);
