import 'reflect-metadata';
import { runSubgraph } from '@careplan/subgraph-kit';
import { plansSubgraph } from './definition';

void runSubgraph(plansSubgraph);
