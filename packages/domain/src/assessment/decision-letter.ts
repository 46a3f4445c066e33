import { BadUserInput } from '../errors';
import { escape, prose } from '../documents/accessible-html';
import { paragraph, renderLetter, type RenderedLetter } from '../documents/letter';
import type { InformationFormat } from '../people/communication-needs';

/** Why a letter is owed (R4, Care Act s.13(2) and s.24(2)). */
export enum DecisionLetterKind {
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  ELIGIBLE_NEEDS_NOT_MET = 'ELIGIBLE_NEEDS_NOT_MET',
}

export interface AdviceItem {
  /** The need (outcome code) the advice is about. */
  need: string;
  advice: string;
}

export interface DecisionLetter {
  kind: DecisionLetterKind;
  council: string;
  /** What the person is called ("please call me"). */
  addressee: string;
  decidedOn: string;
  reasons: string;
  advice: readonly AdviceItem[];
  /** Everyone the letter also goes to (the advocate, when the person asks). */
  copiesTo: readonly string[];
  /** Needs (outcome codes) in plain words, for the advice headings. */
  needLabel: (need: string) => string;
}

// Phrases that point the person away instead of advising them (R4 asks for advice specific to their needs).
const GENERIC = /^(see|visit|check|look at) (our|the) (website|web ?site|leaflet|council website)\b|^https?:\/\/\S+$/i;

// A web address, written out or bare (www.…, something.gov.uk).
const WEB_ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(\.[\w-]+)*\.(gov|org|nhs|co|ac)\.uk\S*|\b[\w-]+\.(com|org|net)\b\S*/gi;

/**
 * R4: validates advice. Every need assessed gets advice of its own, in words the person can act on: not a
 * pointer elsewhere, not only a website, and no web address at all for someone who cannot use the internet
 * (post only).
 */
export function parseAdvice(items: readonly AdviceItem[], assessedNeeds: readonly string[], person: { postOnly: boolean } = { postOnly: false }): AdviceItem[] {
  const advice = items.map((item, i) => {
    const text = item.advice.normalize('NFC').trim().replace(/[ \t]+/g, ' ');
    if (!assessedNeeds.includes(item.need)) throw new BadUserInput(`advice.${i}.need`, `${item.need} is not a need recorded in this assessment`);
    const words = text.replace(WEB_ADDRESS, '').trim();
    if (words.length < 30 || GENERIC.test(text)) {
      throw new BadUserInput(`advice.${i}.advice`, 'give advice specific to this need, in words the person can act on (not a pointer to a website)');
    }
    if (person.postOnly && words !== text) {
      throw new BadUserInput(`advice.${i}.advice`, 'the person cannot use the internet: give the advice itself and a phone number or address, not a web address');
    }
    if (text.length > 4000) throw new BadUserInput(`advice.${i}.advice`, 'advice must be at most 4000 characters');
    return { need: item.need, advice: text };
  });
  const missing = assessedNeeds.filter((need) => !advice.some((a) => a.need === need));
  if (missing.length) throw new BadUserInput('advice', `give advice for every need assessed; missing: ${missing.join(', ')}`);
  return advice;
}

/**
 * Renders a decision letter as accessible HTML in the first format the person needs that can be
 * produced (easy read, large print), else standard print with the other formats flagged (R2b, R4).
 */
export function renderDecisionLetter(letter: DecisionLetter, needs: readonly InformationFormat[]): RenderedLetter {
  return renderLetter(needs, (layout) => {
    const easy = layout === 'easy-read';
    const decision =
      letter.kind === DecisionLetterKind.NOT_ELIGIBLE
        ? easy
          ? 'We looked at what you need help with. We decided the council does not have to pay for care and support for these needs.'
          : 'We have assessed your needs for care and support. We have decided that your needs are not eligible needs under the national eligibility criteria.'
        : easy
          ? 'You have some needs the council must help with. We will not meet some of them. This letter says why.'
          : 'You have eligible needs. We have decided not to meet some of them, for the reasons below.';
    return {
      title: `Your assessment decision – ${letter.council}`,
      heading: easy ? 'Our decision about your care and support' : 'Decision on your assessment of needs',
      council: letter.council,
      addressee: letter.addressee,
      date: letter.decidedOn,
      sections: [
        { heading: easy ? 'What we decided' : 'Our decision', html: paragraph(decision) },
        { heading: easy ? 'Why we decided this' : 'Our reasons', html: prose(letter.reasons, layout) },
        {
          heading: easy ? 'Things that can help you' : 'Information and advice for your needs',
          html: letter.advice.map((a) => `<section>\n<h3>${escape(letter.needLabel(a.need))}</h3>\n${prose(a.advice, layout)}\n</section>`).join('\n'),
        },
      ],
      copiesTo: letter.copiesTo,
    };
  });
}
