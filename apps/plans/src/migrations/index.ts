import { Plans1764000000000 } from './1764000000000-Plans';

export const migrations = [Plans1764000000000];
