import 'reflect-metadata';
import { runOffboarding } from '@careplan/subgraph-kit';
import { peopleSubgraph } from './definition';
import { releaseSharedRecords } from './offboarding';

// The people subgraph's part of offboarding: its moves between councils have a rule of their own.
void runOffboarding(peopleSubgraph, releaseSharedRecords);
