import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { repoRoot } from '@careplan/identity';
import { GENERATED, withGeneratedSections } from './support/docs/generated-sections';

describe('the documents say what the code does', () => {
  it.each(Object.keys(GENERATED).map((file) => [relative(repoRoot(), file), file]))(
    '%s shows its generated sections as the code has them now (run `npm run docs`)',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).toBe(withGeneratedSections(file, text));
    },
  );
});
