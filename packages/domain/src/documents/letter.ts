import { BadUserInput } from '../errors';
import type { InformationFormat } from '../people/communication-needs';
import { chooseLayout, escape, htmlDocument, notYetAvailableNote, type DocumentNeeds, type Layout } from './accessible-html';
import { ENGLISH, type Voice } from './bilingual';

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
}

export interface RenderedLetter {
  html: string;
  /** The format it was produced in; null for standard print. */
  format: InformationFormat | null;
  /** Formats the person needs that this system cannot produce yet (R2b: flagged, never silently dropped). */
  notYetAvailable: InformationFormat[];
  /** The language the person needs when the letter is not written in it (R2b). */
  languageNotYetAvailable: string | null;
}

export function paragraph(text: string): string {
  return `<p>${escape(text)}</p>`;
}

/** Sentences in the voice's languages, one paragraph each. */
export function paragraphs(voice: Voice, words: readonly [english: string, welsh: string]): string {
  return voice.paragraphs(words).map(paragraph).join('\n');
}

/**
 * A letter about a decision, as accessible HTML in the first format the person needs that can be
 * produced (easy read, large print), else standard print with the other formats and any language it is
 * not written in flagged (R2b). A Welsh council's letter speaks Welsh first, then English. Every such
 * letter ends by saying how to challenge the decision, and who else it went to.
 */
export function renderLetter(needs: DocumentNeeds, write: (layout: Layout, voice: Voice) => LetterBody, voice: Voice = ENGLISH): RenderedLetter {
  const choice = chooseLayout(needs, voice.lang);
  const { layout, format, notYetAvailable, languageNotYetAvailable } = choice;
  const easy = layout === 'easy-read';
  const letter = write(layout, voice);
  const sections = [
    ...letter.sections,
    {
      heading: voice.phrase(easy ? ['If you do not agree', 'Os nad ydych yn cytuno'] : ['If you disagree', 'Os ydych yn anghytuno']),
      html: paragraphs(
        voice,
        easy
          ? [`Tell us. You can ask ${letter.council} to look at this again, or make a complaint.`, `Dywedwch wrthym. Gallwch ofyn i ${letter.council} edrych ar hyn eto, neu wneud cwyn.`]
          : [
              `You can ask ${letter.council} to review this decision or make a complaint under its complaints procedure.`,
              `Gallwch ofyn i ${letter.council} adolygu’r penderfyniad hwn neu wneud cwyn o dan ei weithdrefn gwyno.`,
            ],
      ),
    },
  ];
  const html = htmlDocument(
    letter.title,
    layout,
    `<h1>${escape(letter.heading)}</h1>
${notYetAvailableNote(choice, voice)}
${paragraph(voice.phrase([`Dear ${letter.addressee},`, `Annwyl ${letter.addressee},`]))}
${paragraph(`${voice.phrase(['Date', 'Dyddiad'])}: ${letter.date}`)}
${sections.map((s) => `<h2>${escape(s.heading)}</h2>\n${s.html}`).join('\n')}
${letter.copiesTo.length ? paragraph(`${voice.phrase(['Copy to', 'Copi at'])}: ${letter.copiesTo.join(', ')}`) : ''}`,
    voice.lang,
  );
  return { html, format, notYetAvailable, languageNotYetAvailable };
}

/** R4, R15: a letter is copied to the person's independent advocate when asked; there must be one on record. */
export function advocateCopy(asked: boolean | null | undefined, advocate: { name: string } | null): string[] {
  if (!asked) return [];
  if (!advocate) throw new BadUserInput('copyToAdvocate', 'no current independent advocate is recorded for the person');
  return [`${advocate.name} (independent advocate)`];
}
