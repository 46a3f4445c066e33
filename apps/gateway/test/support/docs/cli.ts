// `npm run docs`: rewrites the generated sections of the README and docs/ (error codes, roles, the rule
// index, the plan lifecycle) from the code.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { GENERATED, withGeneratedSections } from './generated-sections';

for (const file of Object.keys(GENERATED)) {
  writeFileSync(file, withGeneratedSections(file, readFileSync(file, 'utf8')));
  console.log(`wrote the generated sections of ${file}`);
}
