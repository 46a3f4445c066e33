import { Reviews1764000000000 } from './1764000000000-Reviews';
import { ScheduledAndCompleted1764100000000 } from './1764100000000-ScheduledAndCompleted';
import { RemindersAndSettings1764200000000 } from './1764200000000-RemindersAndSettings';
import { RequestsAndContent1764300000000 } from './1764300000000-RequestsAndContent';
import { WithdrawnDeliveries1764800000000 } from './1764800000000-WithdrawnDeliveries';

export const migrations = [Reviews1764000000000, ScheduledAndCompleted1764100000000, RemindersAndSettings1764200000000, RequestsAndContent1764300000000, WithdrawnDeliveries1764800000000];
