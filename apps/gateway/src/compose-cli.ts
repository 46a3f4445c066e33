import { writeFileSync } from 'node:fs';
import { apiSchemaOf, composeSupergraph } from './compose';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from './supergraph';

try {
  const sdl = composeSupergraph();
  writeFileSync(SUPERGRAPH_FILE, sdl);
  writeFileSync(API_SCHEMA_FILE, apiSchemaOf(sdl));
  console.log(`wrote ${SUPERGRAPH_FILE} and ${API_SCHEMA_FILE}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
