// `npm run docs`: rewrites the README's generated sections (error codes, roles) from the code.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { README_FILE, withGeneratedSections } from './generated-sections';

writeFileSync(README_FILE, withGeneratedSections(readFileSync(README_FILE, 'utf8')));
console.log(`wrote the generated sections of ${README_FILE}`);
