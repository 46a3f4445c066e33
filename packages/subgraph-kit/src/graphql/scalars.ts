import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { LocalDate } from '@careplan/domain';

/*
 * The graph's own scalars. Input is not refused by the scalar itself: the gateway cannot run a subgraph's
 * scalar, so a refusal while the subgraph parses the operation would reach the client as a failed fetch.
 * The malformed-input plugin checks every value of these types against the domain's one rule for it, and
 * answers BAD_USER_INPUT naming the argument or input field, before anything runs.
 */

/** Whole pence, safe as a JavaScript number: what `malformedInputPlugin` accepts for a Pence. */
export function isPence(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** A real calendar date written YYYY-MM-DD (the domain's `LocalDate.parse`): what the plugin accepts for a LocalDate. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    LocalDate.parse(value);
    return true;
  } catch {
    return false;
  }
}

/** ISO 8601 with a time and an offset: the only form of an instant the graph takes or gives. */
const INSTANT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant a DateTime names, or null when it is not one a record can hold: not ISO 8601 with an
 * offset, not a real moment, or outside the years a LocalDate allows (a date far beyond them would pass
 * JavaScript's Date and then break PostgreSQL or date arithmetic).
 */
export function toInstant(value: unknown): Date | null {
  const date = value instanceof Date ? value : typeof value === 'string' && INSTANT.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year >= LocalDate.EARLIEST_YEAR && year <= LocalDate.LATEST_YEAR ? date : null;
}

/** What `malformedInputPlugin` accepts for a DateTime. */
export function isInstant(value: unknown): boolean {
  return toInstant(value) !== null;
}

/**
 * Money in whole pence as a JSON number that may exceed a 32-bit Int: a year of a large package, or a
 * director's approval limit, must never break a list it appears in (R8).
 */
export const PenceScalar = new GraphQLScalarType<number, number>({
  name: 'Pence',
  description:
    'An amount of money in whole pence, sent as a JSON integer; unlike Int it holds amounts beyond £21,474,836.47 (up to 9,007,199,254,740,991 pence). Each field says its own bounds; anything else is BAD_USER_INPUT naming the field.',
  serialize(value) {
    // bigint columns arrive as strings when read without their entity's transformer.
    const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    if (!isPence(n)) throw new GraphQLError(`Pence cannot represent ${String(value)}`);
    return n;
  },
  parseValue: (value) => value as number,
  parseLiteral: (ast) => (ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? Number(ast.value) : Number.NaN),
});

/** A calendar date as the law counts dates: no time, no zone. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description:
    'A calendar date with no time of day or zone, written YYYY-MM-DD (ISO 8601), e.g. "2026-11-30"; "today" is today in Europe/London. A date that does not exist (2026-02-30) is BAD_USER_INPUT naming the field, in every subgraph alike.',
  serialize(value) {
    if (!isLocalDate(value)) throw new GraphQLError(`LocalDate cannot represent ${String(value)}`);
    return value;
  },
  parseValue: (value) => value as string,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : ''),
});

/**
 * An instant, for what happened when (recorded, created, delivered). Resolvers take and give a Date; a
 * value that is not an instant becomes an invalid Date here and is refused by the plugin, never thrown.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: `An instant, written ISO 8601 with a time and an offset, e.g. "2026-11-30T09:15:00.000Z"; answers are always in UTC (Z). Years ${LocalDate.EARLIEST_YEAR} to ${LocalDate.LATEST_YEAR}; anything else is BAD_USER_INPUT naming the field.`,
  serialize(value) {
    // What the database holds is an instant already: a Date from pg, or its text from a raw row.
    const instant = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(instant.getTime())) throw new GraphQLError(`DateTime cannot represent ${String(value)}`);
    return instant.toISOString();
  },
  parseValue: (value) => toInstant(value) ?? new Date(Number.NaN),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? toInstant(ast.value) : null) ?? new Date(Number.NaN),
});
