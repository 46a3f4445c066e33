import { prose, type DocumentNeeds } from '../documents/accessible-html';
import { voiceOf } from '../documents/bilingual';
import { paragraphs, renderLetter, type RenderedLetter } from '../documents/letter';
import type { Nation } from '../enums';

/** R17: what a plan closed after a review tells the person. */
export interface ClosureLetter {
  council: string;
  nation: Nation;
  /** What the person is called ("please call me"). */
  addressee: string;
  reviewedOn: string;
  closedOn: string;
  reasons: string;
  otherHelp: string;
  /** Wales: how far the person's outcomes were achieved. */
  closureStatement: string | null;
  copiesTo: readonly string[];
}

/**
 * R17, R2b: the closure in the person's format, with the written reasons and the other help available; in
 * Wales the closure statement too, and its fixed wording in Welsh first, then English (as the plan copies are);
 * the reasons and other help as the practitioner wrote them.
 */
export function renderClosureLetter(letter: ClosureLetter, needs: DocumentNeeds): RenderedLetter {
  return renderLetter(
    needs,
    (layout, voice) => {
      const easy = layout === 'easy-read';
      const h = (english: string, cymraeg: string) => voice.phrase([english, cymraeg]);
      return {
        title: `${h('Your care and support plan has closed', 'Mae eich cynllun gofal a chymorth wedi dod i ben')} – ${letter.council}`,
        heading: h(easy ? 'Your plan has ended' : 'Your care and support plan has closed', 'Mae eich cynllun gofal a chymorth wedi dod i ben'),
        council: letter.council,
        addressee: letter.addressee,
        date: letter.closedOn,
        sections: [
          {
            heading: h(easy ? 'What happened' : 'Your review', 'Eich adolygiad'),
            html: paragraphs(
              voice,
              easy
                ? [
                    `On ${letter.reviewedOn} we looked at your plan with you. We decided your plan should end. It ended on ${letter.closedOn}.`,
                    `Ar ${letter.reviewedOn} gwnaethom edrych ar eich cynllun gyda chi. Gwnaethom benderfynu y dylai eich cynllun ddod i ben. Daeth i ben ar ${letter.closedOn}.`,
                  ]
                : [
                    `Your care and support plan was reviewed on ${letter.reviewedOn}. The review concluded that the plan should close, and it closed on ${letter.closedOn}.`,
                    `Adolygwyd eich cynllun gofal a chymorth ar ${letter.reviewedOn}. Daeth yr adolygiad i’r casgliad y dylai’r cynllun ddod i ben, a daeth i ben ar ${letter.closedOn}.`,
                  ],
            ),
          },
          { heading: h(easy ? 'Why your plan ended' : 'Why your plan has closed', 'Pam mae eich cynllun wedi dod i ben'), html: prose(letter.reasons, layout) },
          ...(letter.closureStatement
            ? [{ heading: h(easy ? 'What went well' : 'How far your outcomes were achieved', 'I ba raddau y cyflawnwyd eich canlyniadau'), html: prose(letter.closureStatement, layout) }]
            : []),
          { heading: h(easy ? 'Other help you can get' : 'Other help available to you', 'Help arall sydd ar gael i chi'), html: prose(letter.otherHelp, layout) },
          {
            heading: h(easy ? 'If things change' : 'If your needs change', 'Os bydd eich anghenion yn newid'),
            html: paragraphs(
              voice,
              easy
                ? [`If you need help again, tell ${letter.council}. We will look at your needs again.`, `Os oes angen help arnoch eto, dywedwch wrth ${letter.council}. Byddwn yn edrych ar eich anghenion eto.`]
                : [
                    `If your needs change, contact ${letter.council}: you can ask for a new assessment of your needs at any time.`,
                    `Os bydd eich anghenion yn newid, cysylltwch â ${letter.council}: gallwch ofyn am asesiad newydd o’ch anghenion ar unrhyw adeg.`,
                  ],
            ),
          },
        ],
        copiesTo: letter.copiesTo,
      };
    },
    voiceOf(letter.nation),
  );
}
