import { AuthorityCode, Nation, BadUserInput } from '../src';

describe('AuthorityCode (GSS)', () => {
  it.each([
    ['E09000012', Nation.ENGLAND],
    ['E10000014', Nation.ENGLAND],
    ['E06000053', Nation.ENGLAND],
    ['E08000025', Nation.ENGLAND],
    ['W06000015', Nation.WALES],
    [' w06000015 ', Nation.WALES],
  ])('accepts %s as a council in %s', (raw, nation) => {
    expect(AuthorityCode.parse(raw).nation).toBe(nation);
  });

  it.each(['E07000223', 'S12000036', 'E0900001', 'E090000123', 'X09000012', ''])('refuses %s', (raw) => {
    expect(() => AuthorityCode.parse(raw)).toThrow(BadUserInput);
  });
});
