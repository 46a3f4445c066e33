import 'reflect-metadata';
import { runSubgraph } from '@careplan/subgraph-kit';
import { assessmentsSubgraph } from './definition';

void runSubgraph(assessmentsSubgraph);
