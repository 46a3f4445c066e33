import { Reviews1764000000000 } from './1764000000000-Reviews';
import { ScheduledAndCompleted1764100000000 } from './1764100000000-ScheduledAndCompleted';
import { RemindersAndSettings1764200000000 } from './1764200000000-RemindersAndSettings';
import { RequestsAndContent1764300000000 } from './1764300000000-RequestsAndContent';
import { InvolvementRoles1764350000000 } from './1764350000000-InvolvementRoles';
import { LanguageNotYetAvailable1764400000000 } from './1764400000000-LanguageNotYetAvailable';
import { WithdrawnDeliveries1764800000000 } from './1764800000000-WithdrawnDeliveries';
import { MoveReminders1764900000000 } from './1764900000000-MoveReminders';
import { ReviewsPromptedByDeath1765000000000 } from './1765000000000-ReviewsPromptedByDeath';

export const migrations = [Reviews1764000000000, ScheduledAndCompleted1764100000000, RemindersAndSettings1764200000000, RequestsAndContent1764300000000, InvolvementRoles1764350000000, LanguageNotYetAvailable1764400000000, WithdrawnDeliveries1764800000000, MoveReminders1764900000000, ReviewsPromptedByDeath1765000000000];
