import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from './compose';

composeSupergraph()
  .then((sdl) => {
    const file = join(__dirname, '..', 'supergraph.graphql');
    writeFileSync(file, sdl);
    console.log(`wrote ${file}`);
  })
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
