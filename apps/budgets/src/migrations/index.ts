import { Budgets1764000000000 } from './1764000000000-Budgets';
import { CostLinesAndFinalBudget1764100000000 } from './1764100000000-CostLinesAndFinalBudget';
import { ContributionsManagementChanges1764200000000 } from './1764200000000-ContributionsManagementChanges';
import { DirectPayments1764300000000 } from './1764300000000-DirectPayments';
import { BudgetQueuePages1764400000000 } from './1764400000000-BudgetQueuePages';
import { DirectPaymentDates1764500000000 } from './1764500000000-DirectPaymentDates';
import { BudgetEndsWithPlan1764600000000 } from './1764600000000-BudgetEndsWithPlan';
import { DirectPaymentEndedWithBudget1764700000000 } from './1764700000000-DirectPaymentEndedWithBudget';

export const migrations = [Budgets1764000000000, CostLinesAndFinalBudget1764100000000, ContributionsManagementChanges1764200000000, DirectPayments1764300000000, BudgetQueuePages1764400000000, DirectPaymentDates1764500000000, BudgetEndsWithPlan1764600000000, DirectPaymentEndedWithBudget1764700000000];
