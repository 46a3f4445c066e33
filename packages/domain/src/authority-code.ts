import { BadUserInput } from './errors';
import { Nation } from './enums';

/**
 * A GSS code of a council with adult social care duties: England's unitary authorities (E06),
 * metropolitan districts (E08), London boroughs and the City (E09) and counties (E10); Wales's
 * principal councils (W06). The nation decides which rules apply (R3a/R3c, R5/R5w).
 */
const GSS_SOCIAL_CARE = /^(E06|E08|E09|E10|W06)\d{6}$/;

export class AuthorityCode {
  private constructor(readonly value: string) {}

  static isValid(raw: string): boolean {
    return GSS_SOCIAL_CARE.test(raw);
  }

  static parse(raw: string, field = 'authorityCode'): AuthorityCode {
    const value = raw.trim().toUpperCase();
    if (!AuthorityCode.isValid(value)) {
      throw new BadUserInput(field, `${field} must be the GSS code of an English or Welsh council, such as E09000012`);
    }
    return new AuthorityCode(value);
  }

  get nation(): Nation {
    return this.value.startsWith('W') ? Nation.WALES : Nation.ENGLAND;
  }

  toString(): string {
    return this.value;
  }
}
