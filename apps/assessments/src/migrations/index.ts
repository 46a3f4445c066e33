import { Assessments1764000000000 } from './1764000000000-Assessments';
import { NeedsAndEligibility1764100000000 } from './1764100000000-NeedsAndEligibility';
import { InvolvementRoles1764200000000 } from './1764200000000-InvolvementRoles';
import { LanguageNotYetAvailable1764300000000 } from './1764300000000-LanguageNotYetAvailable';
import { AssessmentWithdrawnByDeath1764400000000 } from './1764400000000-AssessmentWithdrawnByDeath';

export const migrations = [Assessments1764000000000, NeedsAndEligibility1764100000000, InvolvementRoles1764200000000, LanguageNotYetAvailable1764300000000, AssessmentWithdrawnByDeath1764400000000];
