import { readFileSync } from 'node:fs';
import { API_SCHEMA_FILE } from '../src/supergraph';
import { undescribed } from './support/descriptions';

describe('the public schema explains itself', () => {
  it('every type, field, argument, input field and enum value has a description', () => {
    expect(undescribed(readFileSync(API_SCHEMA_FILE, 'utf8'))).toEqual([]);
  });
});
