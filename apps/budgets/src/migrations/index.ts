import { Budgets1764000000000 } from './1764000000000-Budgets';

export const migrations = [Budgets1764000000000];
