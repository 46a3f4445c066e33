import 'reflect-metadata';
import { writeSubgraphSchema } from '@careplan/subgraph-kit';
import { peopleSubgraph } from './definition';

void writeSubgraphSchema(peopleSubgraph);
