import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Conflict, DomainError } from '@careplan/domain';

/** Codes clients may see; anything else is an internal error and is masked. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

export const INTERNAL_MESSAGE = 'Something went wrong on our side. Quote the request id to support.';

/** A GraphQLError for a domain error, with the code, rule id and field clients rely on. */
export function domainToGraphQLError(error: DomainError): GraphQLError {
  const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'FORBIDDEN' ? 403 : undefined;
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      ...(error.details.rule ? { rule: error.details.rule } : {}),
      ...(error.details.field ? { field: error.details.field } : {}),
      ...(status ? { http: { status } } : {}),
    },
  });
}

/** Postgres unique_violation: two writes raced past the service's own check. */
const UNIQUE_VIOLATION = '23505';

function findDomainError(error: unknown): DomainError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof DomainError) return current;
    if ((current as { code?: unknown }).code === UNIQUE_VIOLATION) {
      // The constraint's detail would echo the row, so the message stays general.
      return new Conflict('this conflicts with a record saved at the same moment; reload and try again');
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

export function isInternal(formatted: GraphQLFormattedError): boolean {
  return formatted.extensions?.code === 'INTERNAL_SERVER_ERROR';
}

/**
 * Apollo `formatError`: domain errors become their public code; errors that already carry a public
 * code pass; everything else (driver errors, bugs) becomes a bare INTERNAL_SERVER_ERROR with no
 * message detail or stack. The request id is added where the response is sent.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = findDomainError(error);
  if (domain) {
    const mapped = domainToGraphQLError(domain);
    const { http: _http, ...extensions } = mapped.extensions as Record<string, unknown>;
    return { message: mapped.message, ...(formatted.path ? { path: formatted.path } : {}), extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
