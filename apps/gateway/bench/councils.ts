import { DEMO_AUTHORITIES, type AuthorityRecord } from '@careplan/people';

/** The demo councils and three more, English and Welsh, so a bench spreads its rows over tenants as production does. */
export const BENCH_AUTHORITIES: AuthorityRecord[] = [
  ...DEMO_AUTHORITIES,
  { code: 'E08000025', name: 'Birmingham City Council' },
  { code: 'E06000001', name: 'Hartlepool Borough Council' },
  { code: 'W06000011', name: 'Swansea Council' },
];
