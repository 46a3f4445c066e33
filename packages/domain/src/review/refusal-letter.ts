import { prose, type DocumentNeeds } from '../documents/accessible-html';
import { voiceOf, type Wording } from '../documents/bilingual';
import { paragraphs, renderLetter, type RenderedLetter } from '../documents/letter';
import type { Nation } from '../enums';
import { ReviewRequester } from './request';

/** Why a letter about a review was sent. */
export enum ReviewLetterKind {
  /** R15: the written reasons for refusing a requested review. */
  REQUEST_REFUSED = 'REQUEST_REFUSED',
}

/** R15: the written reasons for refusing a requested review, as a letter to the person. */
export interface RequestRefusalLetter {
  council: string;
  /** A Welsh council's letter is in Welsh first, then English (R2b). */
  nation: Nation;
  /** What the person is called ("please call me"). */
  addressee: string;
  decidedOn: string;
  requestedOn: string;
  requestedBy: ReviewRequester;
  /** The carer or advocate who asked; null when the person asked. */
  requesterName: string | null;
  reasons: string;
  copiesTo: readonly string[];
}

/** Who asked, as the sentence's subject and verb: [English, Welsh]. */
function whoAsked(letter: RequestRefusalLetter): Wording {
  if (letter.requestedBy === ReviewRequester.CARER) return [`your carer, ${letter.requesterName}, asked`, `gofynnodd eich gofalwr, ${letter.requesterName},`];
  if (letter.requestedBy === ReviewRequester.ADVOCATE) return [`your advocate, ${letter.requesterName}, asked`, `gofynnodd eich eiriolwr, ${letter.requesterName},`];
  return ['you asked', 'gofynnoch chi'];
}

/**
 * R15, R2b: the refusal in the person's format, saying what was asked, why not, and that they may ask
 * again; a Welsh council's in Welsh first, then English (the reasons as the practitioner wrote them).
 */
export function renderRequestRefusalLetter(letter: RequestRefusalLetter, needs: DocumentNeeds): RenderedLetter {
  return renderLetter(
    needs,
    (layout, voice) => {
      const easy = layout === 'easy-read';
      const [asked, gofynnodd] = whoAsked(letter);
      return {
        title: `${voice.phrase(['Your request for a review', 'Eich cais am adolygiad'])} – ${letter.council}`,
        heading: voice.phrase(easy ? ['Your request to look at your plan again', 'Eich cais i edrych ar eich cynllun eto'] : ['Your request for a review of your care and support plan', 'Eich cais am adolygiad o’ch cynllun gofal a chymorth']),
        council: letter.council,
        addressee: letter.addressee,
        date: letter.decidedOn,
        sections: [
          {
            heading: voice.phrase(easy ? ['What you asked', 'Beth wnaethoch chi ei ofyn'] : ['Your request', 'Eich cais']),
            html: paragraphs(
              voice,
              easy
                ? [`On ${letter.requestedOn} ${asked} us to look at your care and support plan again.`, `Ar ${letter.requestedOn} ${gofynnodd} i ni edrych ar eich cynllun gofal a chymorth eto.`]
                : [`On ${letter.requestedOn} ${asked} us to review your care and support plan.`, `Ar ${letter.requestedOn} ${gofynnodd} i ni adolygu eich cynllun gofal a chymorth.`],
            ),
          },
          {
            heading: voice.phrase(easy ? ['What we decided', 'Beth wnaethom ei benderfynu'] : ['Our decision', 'Ein penderfyniad']),
            html: paragraphs(
              voice,
              easy
                ? ['We will not look at your plan again now. Your care and support will carry on. This letter says why.', 'Ni fyddwn yn edrych ar eich cynllun eto nawr. Bydd eich gofal a chymorth yn parhau. Mae’r llythyr hwn yn dweud pam.']
                : [
                    'We have decided not to review your plan now, for the reasons below. Your care and support continue as your plan sets out.',
                    'Rydym wedi penderfynu peidio ag adolygu eich cynllun nawr, am y rhesymau isod. Mae eich gofal a chymorth yn parhau fel y mae eich cynllun yn ei nodi.',
                  ],
            ),
          },
          { heading: voice.phrase(easy ? ['Why we decided this', 'Pam y gwnaethom benderfynu hyn'] : ['Our reasons', 'Ein rhesymau']), html: prose(letter.reasons, layout) },
          {
            heading: voice.phrase(easy ? ['Asking again', 'Gofyn eto'] : ['Asking for a review again', 'Gofyn am adolygiad eto']),
            html: paragraphs(
              voice,
              easy
                ? [
                    'You can ask us again at any time. Your carer or advocate can ask for you. Please ask if things change for you.',
                    'Gallwch ofyn i ni eto ar unrhyw adeg. Gall eich gofalwr neu eich eiriolwr ofyn ar eich rhan. Gofynnwch os bydd pethau’n newid i chi.',
                  ]
                : [
                    'You, your carer or your advocate may ask for a review again at any time, for example if your needs or circumstances change.',
                    'Gallwch chi, eich gofalwr neu eich eiriolwr ofyn am adolygiad eto ar unrhyw adeg, er enghraifft os bydd eich anghenion neu eich amgylchiadau’n newid.',
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
