import { BadUserInput } from '../errors';
import type { InformationFormat } from '../people/communication-needs';
import { chooseLayout, escape, htmlDocument, type Layout } from './accessible-html';

/** What a letter says, worded for the layout it is produced in. */
export interface LetterBody {
  /** The document's title, e.g. for screen readers. */
  title: string;
  heading: string;
  council: string;
  /** What the person is called ("please call me"). */
  addressee: string;
  date: string;
  /** Headed sections, their HTML already escaped (`prose`, `paragraph`). */
  sections: ReadonlyArray<{ heading: string; html: string }>;
  /** Everyone the letter also goes to. */
  copiesTo: readonly string[];
  /** A Welsh council's letter: its headings in Welsh first, then English (as the plan copies are). */
  welsh?: boolean;
}

/** A heading in English, or for a Welsh council in Welsh first, then English. */
export function bilingual(english: string, welsh: string, inWelsh: boolean | undefined): string {
  return inWelsh ? `${welsh} / ${english}` : english;
}

export interface RenderedLetter {
  html: string;
  /** The format it was produced in; null for standard print. */
  format: InformationFormat | null;
  /** Formats the person needs that this system cannot produce yet (R2b: flagged, never silently dropped). */
  notYetAvailable: InformationFormat[];
}

export function paragraph(text: string): string {
  return `<p>${escape(text)}</p>`;
}

/**
 * A letter about a decision, as accessible HTML in the first format the person needs that can be
 * produced (easy read, large print), else standard print with the other formats flagged (R2b). Every
 * such letter ends by saying how to challenge the decision, and who else it went to.
 */
export function renderLetter(needs: readonly InformationFormat[], write: (layout: Layout) => LetterBody): RenderedLetter {
  const { layout, format, notYetAvailable } = chooseLayout(needs);
  const easy = layout === 'easy-read';
  const letter = write(layout);
  const sections = [
    ...letter.sections,
    {
      heading: bilingual(easy ? 'If you do not agree' : 'If you disagree', easy ? 'Os nad ydych yn cytuno' : 'Os ydych yn anghytuno', letter.welsh),
      html: paragraph(
        easy
          ? `Tell us. You can ask ${letter.council} to look at this again, or make a complaint.`
          : `You can ask ${letter.council} to review this decision or make a complaint under its complaints procedure.`,
      ),
    },
  ];
  const html = htmlDocument(
    letter.title,
    layout,
    `<h1>${escape(letter.heading)}</h1>
${paragraph(`Dear ${letter.addressee},`)}
${paragraph(`Date: ${letter.date}`)}
${sections.map((s) => `<h2>${escape(s.heading)}</h2>\n${s.html}`).join('\n')}
${letter.copiesTo.length ? paragraph(`Copy to: ${letter.copiesTo.join(', ')}`) : ''}`,
    letter.welsh ? 'cy' : 'en',
  );
  return { html, format, notYetAvailable };
}

/** R4, R15: a letter is copied to the person's independent advocate when asked; there must be one on record. */
export function advocateCopy(asked: boolean | null | undefined, advocate: { name: string } | null): string[] {
  if (!asked) return [];
  if (!advocate) throw new BadUserInput('copyToAdvocate', 'no current independent advocate is recorded for the person');
  return [`${advocate.name} (independent advocate)`];
}
