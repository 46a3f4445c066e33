import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Money in whole pence as a JSON number that may exceed a 32-bit Int: a year of a large package, or a
 * director's approval limit, must never break a list it appears in (R8).
 *
 * Input is not refused here: the gateway cannot run a subgraph's scalar, so a refusal at the subgraph
 * would reach the client as a failed fetch. Anything that is not a number arrives as NaN, and every amount
 * goes through the domain's `Money.fromInput`, which refuses it as BAD_USER_INPUT naming the field.
 */
export const Pence = new GraphQLScalarType<number, number>({
  name: 'Pence',
  description:
    'An amount of money in whole pence, sent as a JSON integer; unlike Int it holds amounts beyond £21,474,836.47 (up to 9,007,199,254,740,991 pence). Each field says its own bounds; anything else is BAD_USER_INPUT naming the field.',
  serialize(value) {
    // bigint columns arrive as strings when read without their entity's transformer.
    const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new GraphQLError(`Pence cannot represent ${String(value)}`);
    return n;
  },
  parseValue: (value) => (typeof value === 'number' ? value : Number.NaN),
  parseLiteral: (ast) => (ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? Number(ast.value) : Number.NaN),
});
