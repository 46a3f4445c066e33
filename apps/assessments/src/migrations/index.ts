import { Assessments1764000000000 } from './1764000000000-Assessments';

export const migrations = [Assessments1764000000000];
