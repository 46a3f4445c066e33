/**
 * Errors the domain raises. Each carries the GraphQL error code the API promises to clients
 * (architecture.md, "Errors and input") and, for rule violations, the rule id from domain.md.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RULE_VIOLATION';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; rule?: string } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class BadUserInput extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
    this.name = 'BadUserInput';
  }
}

export class RuleViolation extends DomainError {
  constructor(rule: string, message: string) {
    super('RULE_VIOLATION', message, { rule });
    this.name = 'RuleViolation';
  }
}

export class Conflict extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message);
    this.name = 'Conflict';
  }
}

export class NotFound extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} was not found`);
    this.name = 'NotFound';
  }
}

export class Forbidden extends DomainError {
  constructor(message: string) {
    super('FORBIDDEN', message);
    this.name = 'Forbidden';
  }
}

export class Unauthenticated extends DomainError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
    this.name = 'Unauthenticated';
  }
}
