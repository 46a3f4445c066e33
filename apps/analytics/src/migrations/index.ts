import { Analytics1765000000000 } from './1765000000000-Analytics';

export const migrations = [Analytics1765000000000];
