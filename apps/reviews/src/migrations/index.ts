import { Reviews1764000000000 } from './1764000000000-Reviews';

export const migrations = [Reviews1764000000000];
