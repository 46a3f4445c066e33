import type { SubgraphContext, SubgraphDefinition } from '@careplan/subgraph-kit';
import { CostLineRecord } from './entities/cost-line.entity';
import { PersonalBudget } from './entities/personal-budget.entity';
import { BudgetResolver, PlanBudgetResolver } from './graphql/budget.resolver';
import { migrations } from './migrations';
import { BudgetService } from './services/budget.service';

export const budgetsSubgraph: SubgraphDefinition = {
  name: 'budgets',
  schema: 'budgets',
  entities: [PersonalBudget, CostLineRecord],
  migrations,
  resolvers: [BudgetResolver, PlanBudgetResolver],
  referenceResolvers: {
    PersonalBudget: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new BudgetService(ctx).get(ref.id) },
    CareAndSupportPlan: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  },
};
