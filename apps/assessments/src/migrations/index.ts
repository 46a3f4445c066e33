import { Assessments1764000000000 } from './1764000000000-Assessments';
import { NeedsAndEligibility1764100000000 } from './1764100000000-NeedsAndEligibility';

export const migrations = [Assessments1764000000000, NeedsAndEligibility1764100000000];
