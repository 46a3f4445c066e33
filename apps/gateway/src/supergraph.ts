import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');

export function readSupergraph(file = process.env.SUPERGRAPH_FILE ?? SUPERGRAPH_FILE): string {
  return readFileSync(file, 'utf8');
}

/** The public API schema, composed from the supergraph by `npm run compose`. */
export const API_SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');
