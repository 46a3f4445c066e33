import { Plans1764000000000 } from './1764000000000-Plans';
import { PlanContent1764100000000 } from './1764100000000-PlanContent';

export const migrations = [Plans1764000000000, PlanContent1764100000000];
