import { Brackets, type EntityManager } from 'typeorm';
import { BadUserInput, LocalDate, NhsNumber, Postcode } from '@careplan/domain';
import { MAX_PAGE } from '@careplan/runtime';
import { byId, isUuid, namedStatement, type SubgraphContext } from '@careplan/subgraph-kit';
import { Person } from '../entities/person.entity';

export interface PersonSearch {
  nhsNumber?: string | null;
  /** Words that each begin a given, family or preferred name, in any order ("marg oka"). */
  name?: string | null;
  dateOfBirth?: string | null;
  postcode?: string | null;
  allocatedPractitionerId?: string | null;
  /** Only these people (at most a page of them). */
  ids?: readonly string[] | null;
}

/**
 * The SQL that finds one page of ids: people of one authority matching the search, oldest record first,
 * keyset-paged on (created_at, id). With conditions, the matches are gathered first from the
 * person_search_* indexes (MATERIALIZED stops the planner walking every record in created order to fill
 * the page); without, the created-order index pages directly. The EXPLAIN test holds both to an index.
 */
export function personSearchStatement(manager: EntityManager, authority: string, search: PersonSearch, after: string[] | null, limit: number): [string, unknown[]] {
  const q = manager.createQueryBuilder(Person, 'p').select('p.id', 'id').addSelect('p.created_at', 'created_at').where('p.authority_code = :authority', { authority });
  let conditions = 0;
  const and = (sql: string | Brackets, params: Record<string, unknown>) => {
    q.andWhere(sql, params);
    conditions += 1;
  };
  if (search.nhsNumber) and('p.nhs_number = :nhs', { nhs: NhsNumber.parse(search.nhsNumber, 'filter.nhsNumber').toString() });
  if (search.dateOfBirth) and('p.date_of_birth = :dob', { dob: LocalDate.parse(search.dateOfBirth, 'filter.dateOfBirth').toString() });
  if (search.postcode) and('p.postcode = :postcode', { postcode: Postcode.parse(search.postcode, 'filter.postcode').toString() });
  if (search.ids) {
    if (search.ids.length > MAX_PAGE || !search.ids.every(isUuid)) throw new BadUserInput('filter.ids', `filter.ids must be at most ${MAX_PAGE} ids this API issued`);
    and('p.id = ANY(:ids)', { ids: search.ids });
  }
  if (search.allocatedPractitionerId) and('p.allocated_practitioner_id = :practitioner', { practitioner: search.allocatedPractitionerId });
  if (search.name != null) {
    const words = search.name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 4 || words.some((w) => w.length > 100)) {
      throw new BadUserInput('filter.name', 'filter.name must be one to four words');
    }
    words.forEach((word, i) =>
      and(
        new Brackets((w) =>
          w.where(`p.family_name_key ^@ :w${i}`).orWhere(`p.given_name_key ^@ :w${i}`).orWhere(`p.preferred_name_key ^@ :w${i}`),
        ),
        { [`w${i}`]: word.toLowerCase() },
      ),
    );
  }
  const [inner, params] = q.getQueryAndParameters();
  const page = (from: string) =>
    `SELECT id FROM ${from}
      WHERE ($${params.length + 1}::timestamptz IS NULL OR (created_at, id) > ($${params.length + 1}, $${params.length + 2}::uuid))
      ORDER BY created_at, id LIMIT $${params.length + 3}`;
  const sql = conditions > 0 ? `WITH matches AS MATERIALIZED (${inner}) ${page('matches')}` : page(`(${inner}) AS everyone`);
  return [sql, [...params, after ? new Date(after[0]!) : null, after?.[1] ?? null, limit]];
}

/**
 * One page of people matching a search: two statements, whatever the page size, each a read of the
 * request's (`RequestDb.read`: a prepared statement, pipelined with the request's other reads, in the
 * request's transaction only if it has one open).
 */
export async function searchPeople(ctx: SubgraphContext, search: PersonSearch, after: string[] | null, limit: number): Promise<Person[]> {
  const [sql, params] = personSearchStatement(ctx.db.dataSource.manager, ctx.identity.authority, search, after, limit);
  const ids = (await ctx.db.read(namedStatement(sql), params)).map((r) => r.id as string);
  const people = await byId(ctx, Person).loadMany(ids);
  const failed = people.find((p) => p instanceof Error);
  if (failed) throw failed;
  // A person gone between the two statements is left out of the page.
  return people.filter((p): p is Person => p !== null);
}
