import { involvementRolesFromWords, involvementRolesToWords } from '@careplan/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@careplan/testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase([]);
  await db.asAdmin(`CREATE TABLE involvement (id int PRIMARY KEY, involved jsonb NOT NULL DEFAULT '[]')`);
});
afterAll(() => db?.drop());

describe('who took part, recorded in words before roles were coded', () => {
  const words = [
    { name: 'Olu Assessed', role: 'the person', how: 'at home', on: '2026-11-20' },
    { name: 'Ama Assessed', role: 'granddaughter and carer', how: 'by phone', on: '2026-11-20' },
    { name: 'Kit Advocate', role: 'Independent advocate', how: 'in person', on: '2026-11-21' },
    { name: 'Dr Chen', role: 'GP', how: 'in writing', on: '2026-11-22' },
  ];

  it('R1 becomes the closest role with the words kept, in the same order, and goes back again', async () => {
    await db.asAdmin(`INSERT INTO involvement VALUES (1, $1), (2, '[]')`, [JSON.stringify(words)]);
    await db.asAdmin(involvementRolesFromWords('involvement'));
    const [coded, empty] = await db.asAdmin<{ involved: Array<Record<string, string>> }>(`SELECT involved FROM involvement ORDER BY id`);
    expect(coded.involved.map((i) => [i.name, i.role, i.relationship])).toEqual([
      ['Olu Assessed', 'PERSON', 'the person'],
      ['Ama Assessed', 'CARER', 'granddaughter and carer'],
      ['Kit Advocate', 'INDEPENDENT_ADVOCATE', 'Independent advocate'],
      ['Dr Chen', 'OTHER', 'GP'],
    ]);
    expect(empty.involved).toEqual([]);
    await db.asAdmin(involvementRolesToWords('involvement'));
    expect((await db.asAdmin(`SELECT involved FROM involvement WHERE id = 1`))[0].involved).toEqual(words);
  });
});
