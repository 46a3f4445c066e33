import { Client } from 'pg';
import { AuthorityCode } from '@careplan/domain';

export interface AuthorityRecord {
  code: string;
  name: string;
}

/** The councils of the demo and the tests: two English (a person can move between them) and one Welsh, so both rule books are exercised. */
export const DEMO_AUTHORITIES: AuthorityRecord[] = [
  { code: 'E09000012', name: 'London Borough of Hackney' },
  { code: 'E09000019', name: 'London Borough of Islington' },
  { code: 'W06000015', name: 'Cardiff Council' },
];

/** Registers councils as users of the service (as the schema owner); safe to run again. */
export async function onboardAuthorities(ownerUrl: string, authorities: AuthorityRecord[] = DEMO_AUTHORITIES): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const a of authorities) {
      const code = AuthorityCode.parse(a.code);
      await client.query(
        `INSERT INTO people.authority (code, name, nation) VALUES ($1, $2, $3)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
        [code.toString(), a.name, code.nation],
      );
    }
  } finally {
    await client.end();
  }
}
