/** The words the system records for what a person's death ended: a plan, an assessment, a move. */
export function diedOnWords(diedOn: string | null): string {
  return `The person died on ${diedOn}.`;
}
