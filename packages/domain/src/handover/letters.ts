import { type DocumentNeeds } from '../documents/accessible-html';
import { voiceOf } from '../documents/bilingual';
import { paragraph, renderLetter, type RenderedLetter } from '../documents/letter';
import type { Nation } from '../enums';

/** The letters of a move between councils, each issued by the council whose step it is. */
export enum HandoverLetterKind {
  /** R20: the receiving council tells the person (and carer) about its area. */
  AREA_INFORMATION = 'AREA_INFORMATION',
  /** R21: the sending council tells the person what it shared, and with whom. */
  INFORMATION_SHARED = 'INFORMATION_SHARED',
  /** R22: the receiving council explains how its view of needs or budget differs. */
  DIFFERENCES_EXPLAINED = 'DIFFERENCES_EXPLAINED',
  /** R22: on arrival, the receiving council meets the needs in the old plan until it has assessed. */
  NEEDS_MET_FROM_ARRIVAL = 'NEEDS_MET_FROM_ARRIVAL',
}

export interface HandoverLetter {
  kind: HandoverLetterKind;
  /** The council sending the letter, and the other one. */
  council: string;
  otherCouncil: string;
  nation: Nation;
  addressee: string;
  date: string;
  moveDate: string;
  /** The sending council's named contact for the move. */
  contact: string;
  /** DIFFERENCES_EXPLAINED: the council's explanation in its own words. */
  explanation?: string | null;
  copiesTo: readonly string[];
}

function body(l: HandoverLetter, easy: boolean): Array<[heading: string, text: string]> {
  switch (l.kind) {
    case HandoverLetterKind.AREA_INFORMATION:
      return [
        ['Your move', easy ? `You told us you are moving to ${l.council} on ${l.moveDate}. We will help you.` : `You have told us that you intend to move to the area of ${l.council} on ${l.moveDate}. We are satisfied that you intend to move, and we have told ${l.otherCouncil}.`],
        ['What happens next', easy ? `We will ask ${l.otherCouncil} for your care plan. We will talk with you about your needs before you move.` : `${l.otherCouncil} will send us your care and support plan and latest assessment. We will assess your needs before you move, looking at what changes with the move.`],
        ['When you arrive', easy ? 'If we have not finished, you will still get the care in your plan from the day you arrive.' : `If we have not completed our assessment by the day you arrive, we will meet the needs in your current plan from that day until we have.`],
        ['Who to contact', `${l.contact} at ${l.council}.`],
      ];
    case HandoverLetterKind.INFORMATION_SHARED:
      return [
        ['Your move', easy ? `You are moving to ${l.otherCouncil} on ${l.moveDate}.` : `We understand that you intend to move to the area of ${l.otherCouncil} on ${l.moveDate}.`],
        ['What we shared', easy ? `We sent your care plan and assessment to ${l.otherCouncil}, so they can help you.` : `So that your care and support continues, we have shared your current care and support plan and latest assessment with ${l.otherCouncil}.`],
        ['Who to contact', `${l.contact} at ${l.council}.`],
      ];
    case HandoverLetterKind.DIFFERENCES_EXPLAINED:
      return [
        ['Our assessment', easy ? `We have looked at your needs before your move on ${l.moveDate}.` : `We have assessed your needs ahead of your move on ${l.moveDate}. Our view differs from that of ${l.otherCouncil}.`],
        ['Why it is different', l.explanation ?? ''],
        ['Who to contact', `${l.contact} at ${l.council}.`],
      ];
    case HandoverLetterKind.NEEDS_MET_FROM_ARRIVAL:
      return [
        ['Your care from today', easy ? `You moved to ${l.council} on ${l.moveDate}. You will get the care in your plan from ${l.otherCouncil}.` : `From ${l.moveDate}, the day you arrived, ${l.council} meets the needs in your care and support plan from ${l.otherCouncil}, until we have completed our own assessment.`],
        ['Who to contact', `${l.contact} at ${l.council}.`],
      ];
  }
}

const TITLES: Record<HandoverLetterKind, string> = {
  AREA_INFORMATION: 'Your move: care and support in your new area',
  INFORMATION_SHARED: 'Your move: the information we have shared',
  DIFFERENCES_EXPLAINED: 'Your move: our assessment of your needs',
  NEEDS_MET_FROM_ARRIVAL: 'Your move: your care and support from the day you arrive',
};

/** R20–R22, R2b: a letter of the move in the person's format (a Welsh council's in Welsh first). */
export function renderHandoverLetter(letter: HandoverLetter, needs: DocumentNeeds): RenderedLetter {
  return renderLetter(
    needs,
    (layout) => {
      const easy = layout === 'easy-read';
      return {
        title: `${TITLES[letter.kind]} – ${letter.council}`,
        heading: TITLES[letter.kind],
        council: letter.council,
        addressee: letter.addressee,
        date: letter.date,
        sections: body(letter, easy).map(([heading, text]) => ({ heading, html: paragraph(text) })),
        copiesTo: letter.copiesTo,
      };
    },
    voiceOf(letter.nation),
  );
}
