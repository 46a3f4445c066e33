import 'reflect-metadata';
import { runSubgraph } from '@careplan/subgraph-kit';
import { peopleSubgraph } from './definition';

void runSubgraph(peopleSubgraph);
