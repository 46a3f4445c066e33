import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where statutory return files live: written by the worker, served by the gateway (both must see the same
 * directory, e.g. a shared volume), deleted by the worker when they expire. `DATA_RETURNS_DIR`.
 */
export function dataReturnsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_RETURNS_DIR || join(tmpdir(), 'careplan-data-returns');
}

/** One return's file: named by the return's id only (a UUID), never by anything about the council's people. */
export function dataReturnFile(dir: string, returnId: string, ext: 'csv' | 'parquet'): string {
  if (!/^[0-9a-f-]{36}$/.test(returnId)) throw new RangeError('a data return id is a UUID');
  return join(dir, `${returnId}.${ext}`);
}
