/**
 * The bounds every value a caller sends is held to, whatever the field: checked once, at every
 * subgraph's door, before any rule or the database sees it. Fields with tighter bounds keep their own.
 */
export const INPUT_LIMITS = {
  /** The longest text the graph takes: a plan section or the reasons for a decision. */
  textCharacters: 8000,
  /** The most entries of any list in one request, as many as one page. */
  listEntries: 100,
} as const;

/**
 * Characters no text a person or practitioner writes needs: control characters other than tab and line
 * breaks (PostgreSQL cannot store a null byte), and the overrides and isolates that change the direction
 * text is shown in, which can make a name or an address read as something it is not.
 */
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

export function hasUnwantedCharacters(text: string): boolean {
  return UNWANTED.test(text);
}
