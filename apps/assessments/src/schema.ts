import 'reflect-metadata';
import { writeSubgraphSchema } from '@careplan/subgraph-kit';
import { assessmentsSubgraph } from './definition';

void writeSubgraphSchema(assessmentsSubgraph);
