import { readFileSync } from 'node:fs';
import { README_FILE, withGeneratedSections } from './support/readme/generated-sections';

describe('README.md', () => {
  it('shows the error codes and the roles matrix as the code has them now (run `npm run docs`)', () => {
    const readme = readFileSync(README_FILE, 'utf8');
    expect(readme).toBe(withGeneratedSections(readme));
  });
});
