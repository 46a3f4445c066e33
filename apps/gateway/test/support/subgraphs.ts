import { analyticsSubgraph } from '@careplan/analytics';
import { assessmentsSubgraph } from '@careplan/assessments';
import { budgetsSubgraph } from '@careplan/budgets';
import { peopleSubgraph } from '@careplan/people';
import { plansSubgraph } from '@careplan/plans';
import { reviewsSubgraph } from '@careplan/reviews';

/**
 * The six subgraphs, for running the whole graph in one process (tests, benchmarks). Only code outside
 * src may load other apps: the gateway itself knows them by their committed schema.graphql alone.
 */
export const SUBGRAPHS = [peopleSubgraph, assessmentsSubgraph, plansSubgraph, budgetsSubgraph, reviewsSubgraph, analyticsSubgraph];
