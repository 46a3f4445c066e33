import { People1764000000000 } from './1764000000000-People';

export const migrations = [People1764000000000];
