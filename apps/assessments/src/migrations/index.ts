import { Assessments1764000000000 } from './1764000000000-Assessments';
import { NeedsAndEligibility1764100000000 } from './1764100000000-NeedsAndEligibility';
import { LanguageNotYetAvailable1764200000000 } from './1764200000000-LanguageNotYetAvailable';

export const migrations = [Assessments1764000000000, NeedsAndEligibility1764100000000, LanguageNotYetAvailable1764200000000];
