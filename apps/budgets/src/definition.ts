import type { SubgraphContext, SubgraphDefinition } from '@careplan/subgraph-kit';
import { BudgetChallenge } from './entities/budget-challenge.entity';
import { BudgetChange } from './entities/budget-change.entity';
import { CostLineRecord } from './entities/cost-line.entity';
import { DirectPayment, DirectPaymentRepayment } from './entities/direct-payment.entity';
import { FinancialAssessment } from './entities/financial-assessment.entity';
import { PersonalBudget } from './entities/personal-budget.entity';
import { BudgetResolver, PlanBudgetResolver } from './graphql/budget.resolver';
import { BudgetMoneyResolver, PersonMoneyResolver } from './graphql/money.resolver';
import { PersonRef } from './graphql/money.types';
import { DirectPaymentResolver, PersonDirectPaymentsResolver } from './graphql/direct-payment.resolver';
import { migrations } from './migrations';
import { BudgetService } from './services/budget.service';

export const budgetsSubgraph: SubgraphDefinition = {
  name: 'budgets',
  schema: 'budgets',
  entities: [PersonalBudget, CostLineRecord, FinancialAssessment, BudgetChange, BudgetChallenge, DirectPayment, DirectPaymentRepayment],
  migrations,
  // Person is reached only through the fields this subgraph adds to it.
  orphanedTypes: [PersonRef],
  resolvers: [BudgetResolver, BudgetMoneyResolver, PlanBudgetResolver, PersonMoneyResolver, DirectPaymentResolver, PersonDirectPaymentsResolver],
  referenceResolvers: {
    PersonalBudget: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new BudgetService(ctx).get(ref.id) },
    CareAndSupportPlan: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    Person: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  },
};
