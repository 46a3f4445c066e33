import { BadUserInput } from '../errors';
import { escape, prose, type DocumentNeeds } from '../documents/accessible-html';
import { voiceOf } from '../documents/bilingual';
import { paragraphs, renderLetter, type RenderedLetter } from '../documents/letter';
import type { Nation } from '../enums';

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
  /** A Welsh council's letter is in Welsh first, then English (R2b). */
  nation: Nation;
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
 * produced (easy read, large print), else standard print with the other formats flagged (R2b, R4); a
 * Welsh council's letter in Welsh first, then English, as its plan copies are. The reasons and advice are
 * as the practitioner wrote them.
 */
export function renderDecisionLetter(letter: DecisionLetter, needs: DocumentNeeds): RenderedLetter {
  return renderLetter(
    needs,
    (layout, voice) => {
      const easy = layout === 'easy-read';
      const decision: readonly [string, string] =
        letter.kind === DecisionLetterKind.NOT_ELIGIBLE
          ? easy
            ? [
                'We looked at what you need help with. We decided the council does not have to pay for care and support for these needs.',
                'Gwnaethom edrych ar yr hyn y mae angen help arnoch gydag ef. Gwnaethom benderfynu nad oes rhaid i’r cyngor dalu am ofal a chymorth ar gyfer yr anghenion hyn.',
              ]
            : [
                'We have assessed your needs for care and support. We have decided that your needs are not eligible needs under the national eligibility criteria.',
                'Rydym wedi asesu eich anghenion am ofal a chymorth. Rydym wedi penderfynu nad yw eich anghenion yn anghenion cymwys o dan y meini prawf cymhwysedd cenedlaethol.',
              ]
          : easy
            ? [
                'You have some needs the council must help with. We will not meet some of them. This letter says why.',
                'Mae gennych rai anghenion y mae’n rhaid i’r cyngor helpu gyda nhw. Ni fyddwn yn diwallu rhai ohonynt. Mae’r llythyr hwn yn dweud pam.',
              ]
            : ['You have eligible needs. We have decided not to meet some of them, for the reasons below.', 'Mae gennych anghenion cymwys. Rydym wedi penderfynu peidio â diwallu rhai ohonynt, am y rhesymau isod.'];
      return {
        title: voice.phrase([`Your assessment decision – ${letter.council}`, `Penderfyniad eich asesiad – ${letter.council}`]),
        heading: voice.phrase(easy ? ['Our decision about your care and support', 'Ein penderfyniad am eich gofal a chymorth'] : ['Decision on your assessment of needs', 'Penderfyniad ar asesiad o’ch anghenion']),
        council: letter.council,
        addressee: letter.addressee,
        date: letter.decidedOn,
        sections: [
          { heading: voice.phrase(easy ? ['What we decided', 'Beth wnaethom ei benderfynu'] : ['Our decision', 'Ein penderfyniad']), html: paragraphs(voice, decision) },
          { heading: voice.phrase(easy ? ['Why we decided this', 'Pam y gwnaethom benderfynu hyn'] : ['Our reasons', 'Ein rhesymau']), html: prose(letter.reasons, layout) },
          {
            heading: voice.phrase(easy ? ['Things that can help you', 'Pethau a all eich helpu'] : ['Information and advice for your needs', 'Gwybodaeth a chyngor ar gyfer eich anghenion']),
            html: letter.advice.map((a) => `<section>\n<h3>${escape(letter.needLabel(a.need))}</h3>\n${prose(a.advice, layout)}\n</section>`).join('\n'),
          },
        ],
        copiesTo: letter.copiesTo,
      };
    },
    voiceOf(letter.nation),
  );
}
