import { BadUserInput } from './errors';

/** A work e-mail address (staff, a council's sender), trimmed; null when left empty. */
export function parseEmailAddress(raw: string | null | undefined, field: string): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (value.length > 254 || !/^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/.test(value)) throw new BadUserInput(field, `${field} must be an e-mail address`);
  return value;
}
