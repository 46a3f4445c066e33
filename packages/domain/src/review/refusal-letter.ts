import { prose, type DocumentNeeds } from '../documents/accessible-html';
import { paragraph, renderLetter, type RenderedLetter } from '../documents/letter';
import { ReviewRequester } from './request';

/** Why a letter about a review was sent. */
export enum ReviewLetterKind {
  /** R15: the written reasons for refusing a requested review. */
  REQUEST_REFUSED = 'REQUEST_REFUSED',
}

/** R15: the written reasons for refusing a requested review, as a letter to the person. */
export interface RequestRefusalLetter {
  council: string;
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

function whoAsked(letter: RequestRefusalLetter): string {
  if (letter.requestedBy === ReviewRequester.CARER) return `your carer, ${letter.requesterName},`;
  if (letter.requestedBy === ReviewRequester.ADVOCATE) return `your advocate, ${letter.requesterName},`;
  return 'you';
}

/**
 * R15, R2b: the refusal in the person's format, saying what was asked, why not, and that they may ask
 * again. Written in English only so far: a person who needs Welsh sees it flagged as not yet available.
 */
export function renderRequestRefusalLetter(letter: RequestRefusalLetter, needs: DocumentNeeds): RenderedLetter {
  return renderLetter(needs, (layout) => {
    const easy = layout === 'easy-read';
    return {
      title: `Your request for a review – ${letter.council}`,
      heading: easy ? 'Your request to look at your plan again' : 'Your request for a review of your care and support plan',
      council: letter.council,
      addressee: letter.addressee,
      date: letter.decidedOn,
      sections: [
        {
          heading: easy ? 'What you asked' : 'Your request',
          html: paragraph(
            easy
              ? `On ${letter.requestedOn} ${whoAsked(letter)} asked us to look at your care and support plan again.`
              : `On ${letter.requestedOn} ${whoAsked(letter)} asked us to review your care and support plan.`,
          ),
        },
        {
          heading: easy ? 'What we decided' : 'Our decision',
          html: paragraph(
            easy
              ? 'We will not look at your plan again now. Your care and support will carry on. This letter says why.'
              : 'We have decided not to review your plan now, for the reasons below. Your care and support continue as your plan sets out.',
          ),
        },
        { heading: easy ? 'Why we decided this' : 'Our reasons', html: prose(letter.reasons, layout) },
        {
          heading: easy ? 'Asking again' : 'Asking for a review again',
          html: paragraph(
            easy
              ? 'You can ask us again at any time. Your carer or advocate can ask for you. Please ask if things change for you.'
              : 'You, your carer or your advocate may ask for a review again at any time, for example if your needs or circumstances change.',
          ),
        },
      ],
      copiesTo: letter.copiesTo,
    };
  });
}
