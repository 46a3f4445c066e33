import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. They carry ids, codes and timings only; the redaction list is a second line of
 * defence should a personal field ever be passed by mistake.
 */
export function createLogger(service: string, destination?: pino.DestinationStream): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service },
    redact: {
      paths: ['givenName', 'familyName', 'nhsNumber', 'dateOfBirth', 'address', 'postcode', 'email', 'authorization',
        '*.givenName', '*.familyName', '*.nhsNumber', '*.dateOfBirth', '*.address', '*.postcode', '*.email', '*.authorization',
        'req.headers.authorization', 'variables',
        // Database errors echo the row: TypeORM's query parameters and Postgres's "Key (...)=(...)" detail.
        'err.parameters', 'err.detail', 'err.driverError.parameters', 'err.driverError.detail'],
      censor: '[redacted]',
    },
  }, destination);
}
