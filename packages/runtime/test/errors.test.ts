import { GraphQLError } from 'graphql';
import { RuleViolation } from '@careplan/domain';
import { INTERNAL_MESSAGE, formatError, isMaskedAsInternal } from '../src/errors';

describe('formatError', () => {
  it('passes a public code with its documented extensions only: the gateway’s serviceName and any stack are dropped', () => {
    const fromSubgraph = { message: 'no', path: ['createTeam'], extensions: { code: 'BAD_USER_INPUT', field: 'name', serviceName: 'people', stacktrace: ['at x'] } };
    expect(formatError(fromSubgraph, new GraphQLError('no'))).toEqual({ message: 'no', path: ['createTeam'], extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
  });

  it('answers a domain error with its code and rule', () => {
    expect(formatError({ message: 'x' }, new RuleViolation('R8', 'over the approval limit'))).toEqual({ message: 'over the approval limit', extensions: { code: 'RULE_VIOLATION', rule: 'R8' } });
  });

  it('masks any other code, and an INTERNAL_SERVER_ERROR passed on from a subgraph, to a bare INTERNAL_SERVER_ERROR', () => {
    for (const code of ['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR', 'toString']) {
      expect(formatError({ message: 'connect ECONNREFUSED 10.0.0.5:4001', extensions: { code, serviceName: 'people' } }, new Error('x'))).toEqual({
        message: INTERNAL_MESSAGE,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
  });
});

describe('which errors are answered as internal, so their cause is logged', () => {
  it('a bug or a failed fetch is; a rule, a refused input or a public code is not', () => {
    expect(isMaskedAsInternal(new GraphQLError('socket hang up', { extensions: { serviceName: 'plans' } }))).toBe(true);
    expect(isMaskedAsInternal(new GraphQLError('x', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }))).toBe(true);
    expect(isMaskedAsInternal(new GraphQLError('x', { originalError: new RuleViolation('R8', 'over the limit') }))).toBe(false);
    expect(isMaskedAsInternal(new GraphQLError('x', { extensions: { code: 'BAD_USER_INPUT', field: 'id' } }))).toBe(false);
  });
});
