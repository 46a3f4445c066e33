import 'reflect-metadata';
import { runOffboarding } from '@careplan/subgraph-kit';
import { assessmentsSubgraph } from './definition';

void runOffboarding(assessmentsSubgraph);
