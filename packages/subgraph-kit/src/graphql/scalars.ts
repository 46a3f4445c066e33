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
