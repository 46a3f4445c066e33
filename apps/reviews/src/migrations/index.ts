import { Reviews1764000000000 } from './1764000000000-Reviews';
import { ScheduledAndCompleted1764100000000 } from './1764100000000-ScheduledAndCompleted';

export const migrations = [Reviews1764000000000, ScheduledAndCompleted1764100000000];
