import pino, { type Logger } from 'pino';

export type { Logger };

/** What a database error may say in the logs: where it happened, never what was stored or typed. */
const DATABASE_FIELDS = ['code', 'severity', 'schema', 'table', 'column', 'constraint', 'dataType', 'routine'] as const;

/** Quoted values ("Ada", 'Lovelace') and the JSON a driver echoes, as a placeholder. */
function scrub(text: string | undefined): string | undefined {
  return text?.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '"…"').replace(/(JSON data, line \d+:).*/g, '$1 …');
}

/**
 * Errors as logs may carry them. A database error echoes what a caller typed about a person in its
 * message, `detail`, `where` (the context line) and parameters: only its code and where it happened are
 * kept, with quoted values taken out of the message and stack.
 */
function errorForLogs(err: unknown): unknown {
  // Many lines log only a message (`err: e.message`): nothing to take apart.
  if (typeof err !== 'object' || err === null) return err;
  const base = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  const source = err as Record<string, unknown>;
  const driver = (source.driverError ?? ('severity' in source ? source : undefined)) as Record<string, unknown> | undefined;
  if (!driver) return base;
  const kept = Object.fromEntries(DATABASE_FIELDS.filter((f) => driver[f] !== undefined).map((f) => [f, driver[f]]));
  return { type: base.type, message: scrub(base.message as string), stack: scrub(base.stack as string), query: source.query, ...kept };
}

/**
 * Structured JSON logs. They carry ids, codes and timings only; the redaction list is a second line of
 * defence should a personal field ever be passed by mistake.
 */
export function createLogger(service: string, destination?: pino.DestinationStream): Logger {
  return pino({
    // The process is `service`, once: a `name` too would collide with fields of that name in log tools.
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service },
    serializers: { err: errorForLogs },
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
