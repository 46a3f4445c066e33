/**
 * SQL that every subgraph's migrations use, so tenancy and the platform tables are defined once.
 * Names are qualified with the schema: raw SQL ignores TypeORM's schema option.
 */

const AUTHORITY = `(SELECT current_setting('app.authority', true))`;

/** The columns of TenantEntity. Millisecond timestamps, as JavaScript holds them, so keyset cursors round-trip exactly. */
export function tenantColumns(): string {
  return `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  authority_code text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now()`;
}

/** The columns of PersonRecord: a tenant row about one person. */
export function personRecordColumns(): string {
  return `${tenantColumns()},
  person_id uuid NOT NULL`;
}

/**
 * Row-level security for a tenant table: a request sees and writes only rows of the authority its
 * transaction set; with no authority set it sees nothing. FORCE makes it bind the owner too.
 */
export function enableTenancy(schema: string, table: string): string[] {
  const t = `"${schema}"."${table}"`;
  return [
    `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON ${t} USING (authority_code = ${AUTHORITY}) WITH CHECK (authority_code = ${AUTHORITY})`,
  ];
}

/**
 * A tenant table of rows that belong to a parent row (an assessment's needs, a plan's outcomes): tenant
 * columns, the parent key, an index to load them by parent, and row-level security.
 */
export function childTable(schema: string, table: string, parent: { column: string; table: string }, columns: string): string[] {
  return [
    `CREATE TABLE "${schema}".${table} (
      ${tenantColumns()},
      ${parent.column} uuid NOT NULL REFERENCES "${schema}".${parent.table} (id),
      ${columns}
    )`,
    `CREATE INDEX ${table}_${parent.column} ON "${schema}".${table} (authority_code, ${parent.column}, created_at)`,
    ...enableTenancy(schema, table),
  ];
}

/** The outbox and the access audit, in the subgraph's own schema so the subgraph can move to its own server. */
export function platformTables(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `CREATE TABLE ${s}.outbox (
      id uuid PRIMARY KEY,
      authority_code text NOT NULL,
      type text NOT NULL,
      data jsonb NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`,
    `CREATE INDEX outbox_unpublished ON ${s}.outbox (occurred_at) WHERE published_at IS NULL`,
    `CREATE INDEX outbox_published ON ${s}.outbox (published_at) WHERE published_at IS NOT NULL`,
    ...enableTenancy(schema, 'outbox'),
    `CREATE POLICY relay_all ON ${s}.outbox TO careplan_relay USING (true)`,
    `REVOKE UPDATE, DELETE ON ${s}.outbox FROM careplan_app`,
    `GRANT SELECT, UPDATE (published_at), DELETE ON ${s}.outbox TO careplan_relay`,
    `CREATE TABLE ${s}.access_audit (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      authority_code text NOT NULL,
      user_id text NOT NULL,
      roles text[] NOT NULL,
      request_id text NOT NULL,
      operation text NOT NULL,
      operation_name text,
      person_ids uuid[] NOT NULL,
      changed boolean NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX access_audit_person ON ${s}.access_audit USING gin (person_ids)`,
    `CREATE INDEX access_audit_authority_at ON ${s}.access_audit (authority_code, at)`,
    ...enableTenancy(schema, 'access_audit'),
    // Append-only: the runtime role may add audit rows, never change or remove them.
    `REVOKE UPDATE, DELETE, TRUNCATE ON ${s}.access_audit FROM careplan_app`,
  ];
}

/**
 * R1: who took part (a jsonb list on assessments, plans and reviews) names a role from `InvolvementRole`;
 * a role written in words before becomes the closest role, the words kept as the relationship.
 */
export function involvementRolesFromWords(table: string): string {
  return `UPDATE ${table} SET involved = (
    SELECT jsonb_agg(e || jsonb_build_object(
      'role', CASE
        WHEN lower(e->>'role') LIKE '%advocate%' THEN 'INDEPENDENT_ADVOCATE'
        WHEN lower(e->>'role') LIKE '%carer%' THEN 'CARER'
        WHEN lower(e->>'role') LIKE '%person%' THEN 'PERSON'
        ELSE 'OTHER' END,
      'relationship', e->>'role') ORDER BY n)
    FROM jsonb_array_elements(involved) WITH ORDINALITY AS x(e, n))
  WHERE jsonb_array_length(involved) > 0`;
}

/** The way back: the relationship (or the role) in words again. */
export function involvementRolesToWords(table: string): string {
  return `UPDATE ${table} SET involved = (
    SELECT jsonb_agg((e - 'relationship') || jsonb_build_object('role', coalesce(e->>'relationship', lower(e->>'role'))) ORDER BY n)
    FROM jsonb_array_elements(involved) WITH ORDINALITY AS x(e, n))
  WHERE jsonb_array_length(involved) > 0`;
}
