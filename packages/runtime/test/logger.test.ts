import { Writable } from 'node:stream';
import { createLogger } from '../src';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  // The test setup silences logs; these tests read them.
  const level = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'info';
  const logger = createLogger('test', stream);
  process.env.LOG_LEVEL = level;
  return { logger, text: () => lines.join('') };
}

describe('logs carry ids, never personal data', () => {
  it('redacts personal fields passed by mistake, at the top level and one level down', () => {
    const { logger, text } = capture();
    logger.info({ personId: 'p-1', givenName: 'Ada', input: { familyName: 'Lovelace', nhsNumber: '9434765919', dateOfBirth: '1950-12-10' } }, 'created');
    expect(text()).toContain('p-1');
    expect(text()).not.toMatch(/Ada|Lovelace|9434765919|1950-12-10/);
  });

  it('redacts the row a database error echoes (query parameters and constraint detail)', () => {
    const { logger, text } = capture();
    const err = Object.assign(new Error('duplicate key value violates unique constraint'), {
      parameters: ['Gwendolyn', 'Okonkwo', '9434765919'],
      detail: 'Key (nhs_number)=(9434765919) already exists.',
      driverError: { detail: 'Key (nhs_number)=(9434765919) already exists.', parameters: ['Gwendolyn'] },
    });
    logger.error({ err, requestId: 'r-1' }, 'internal error');
    expect(text()).toContain('duplicate key value');
    expect(text()).toContain('r-1');
    expect(text()).not.toMatch(/Gwendolyn|Okonkwo|9434765919/);
  });

  it('keeps only the code and place of a database error: no value it echoes in its message, context or stack', () => {
    const { logger, text } = capture();
    const message = 'invalid input syntax for type json';
    const driverError = Object.assign(new Error(`${message}: "Gwendolyn Okonkwo"`), {
      severity: 'ERROR',
      code: '22P02',
      table: 'care_and_support_plan',
      where: 'JSON data, line 1: [{"name": "Gwendolyn Okonkwo", "role": "PERSON"',
      detail: 'Token "Gwendolyn" is invalid.',
    });
    const err = Object.assign(new Error(driverError.message), { query: 'UPDATE plans.care_and_support_plan SET involved = $1', parameters: ['[{"name":"Gwendolyn Okonkwo"}]'], driverError });
    logger.error({ err, requestId: 'r-2' }, 'internal error');
    expect(text()).toContain('22P02');
    expect(text()).toContain('care_and_support_plan');
    expect(text()).toContain(message);
    expect(text()).not.toMatch(/Gwendolyn|Okonkwo/);
  });

  it('logs an error given as its message alone, as it is', () => {
    const { logger, text } = capture();
    logger.warn({ err: 'fetch failed', requestId: 'r-3' }, 'graph unreachable');
    expect(JSON.parse(text())).toMatchObject({ err: 'fetch failed', requestId: 'r-3' });
  });

  it('names the process once, as service, so no field of a line can hide it', () => {
    const { logger, text } = capture();
    logger.warn({ jobId: 'j-1', job: 'sweep' }, 'reminder job failed');
    const line = text();
    expect(JSON.parse(line)).toMatchObject({ service: 'test', job: 'sweep' });
    expect(line.match(/"service":/g)).toHaveLength(1);
    expect(line).not.toContain('"name":');
  });
});
