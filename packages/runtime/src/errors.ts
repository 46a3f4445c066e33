import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Conflict, DomainError, type ErrorCode } from '@careplan/domain';

/** What an error code means to a client, and what `extensions` carries beside the code. */
export interface PublicError {
  meaning: string;
  /** Extension name → what it holds. */
  extensions?: Record<string, string>;
}

type PublicCode =
  | ErrorCode
  | 'QUERY_TOO_COMPLEX'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/**
 * Every code clients may see, with its meaning and extensions: the README's table is generated from this,
 * and formatError passes nothing else (other codes become INTERNAL_SERVER_ERROR; other extensions, such as
 * the gateway's `serviceName`, are dropped), so the documentation and the answers cannot drift apart.
 */
export const PUBLIC_ERRORS: Record<PublicCode, PublicError> = {
  BAD_USER_INPUT: {
    meaning: 'An argument or input field is invalid, or names a record the caller cannot see; nothing was written.',
    extensions: { field: 'the argument or input field at fault' },
  },
  RULE_VIOLATION: {
    meaning: 'The request breaks a rule of the Care Act 2014 or the SSWBA 2014; nothing was written.',
    extensions: { rule: 'the rule’s id in domain.md, e.g. `R8`' },
  },
  CONFLICT: {
    meaning: 'The record is not in a state that allows this (a stale `version`, a step out of order, a duplicate), or another write won a race: read it again.',
  },
  FORBIDDEN: { meaning: 'The caller’s roles do not allow this field (see the roles matrix), or a PERSON token asks for someone else’s record.' },
  NOT_FOUND: { meaning: 'The record named does not exist, or belongs to another council.' },
  UNAUTHENTICATED: { meaning: 'No bearer token, or one that is expired, malformed or from an issuer not trusted for its council (HTTP 401).' },
  QUERY_TOO_COMPLEX: {
    meaning: 'The operation is nested deeper, or would cost more, than the gateway allows; no subgraph was called (HTTP 400).',
    extensions: { depth: 'how deep the operation nests', cost: 'what it would cost' },
  },
  GRAPHQL_PARSE_FAILED: { meaning: 'The operation is not GraphQL.' },
  GRAPHQL_VALIDATION_FAILED: { meaning: 'The operation does not fit the schema: an unknown field, a missing argument, a variable of the wrong type.' },
  BAD_REQUEST: { meaning: 'The HTTP request carries no GraphQL operation.' },
  PERSISTED_QUERY_NOT_FOUND: { meaning: 'An automatic persisted query’s hash is not known yet: send the query with it.' },
  PERSISTED_QUERY_NOT_SUPPORTED: { meaning: 'Persisted queries are not accepted.' },
  OPERATION_RESOLUTION_FAILURE: { meaning: '`operationName` names no operation in the document.' },
  SERVICE_UNAVAILABLE: {
    meaning: 'Part of the graph could not be reached just now (a service down or restarting): the rest of the answer is complete, the fields that part would fill are null. Try again shortly.',
  },
  INTERNAL_SERVER_ERROR: {
    meaning: 'Anything else (a bug, a database that does not answer); the message never says what.',
    extensions: { requestId: 'the request’s id in the logs; quote it to support' },
  },
};

function isPassed(code: unknown): code is PublicCode {
  // An INTERNAL_SERVER_ERROR from elsewhere (a subgraph) is masked again, not passed with its message.
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && Object.hasOwn(PUBLIC_ERRORS, code);
}

/** The code and the extensions documented for it: anything else (`serviceName`, `stacktrace`) is internal. */
function documentedExtensions(code: PublicCode, extensions: Record<string, unknown>): Record<string, unknown> {
  const names = ['code', ...Object.keys(PUBLIC_ERRORS[code].extensions ?? {})];
  return Object.fromEntries(names.filter((name) => name in extensions).map((name) => [name, extensions[name]]));
}

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

/** Whether `formatError` will answer this error as INTERNAL_SERVER_ERROR: the ones whose cause must be logged. */
export function isMaskedAsInternal(error: GraphQLError): boolean {
  return !findDomainError(error) && !isPassed(error.extensions?.code);
}

export function isInternal(formatted: GraphQLFormattedError): boolean {
  return formatted.extensions?.code === 'INTERNAL_SERVER_ERROR';
}

/**
 * Apollo `formatError`: domain errors become their public code; errors that already carry a public
 * code pass with only its documented extensions; everything else (driver errors, bugs) becomes a bare
 * INTERNAL_SERVER_ERROR with no message detail or stack. The request id is added where the response is sent.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = findDomainError(error);
  if (domain) {
    const mapped = domainToGraphQLError(domain);
    const { http: _http, ...extensions } = mapped.extensions as Record<string, unknown>;
    return { message: mapped.message, ...(formatted.path ? { path: formatted.path } : {}), extensions };
  }
  const code = formatted.extensions?.code;
  if (isPassed(code)) return { ...formatted, extensions: documentedExtensions(code, formatted.extensions!) };
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
