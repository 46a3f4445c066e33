import { type DocumentNeeds } from '../documents/accessible-html';
import { voiceOf, type Wording } from '../documents/bilingual';
import { paragraph, paragraphs, renderLetter, type RenderedLetter } from '../documents/letter';
import type { Nation } from '../enums';
import { meetsNeedsFromArrival, type ContinuityDuty } from './continuity';

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
  /** The nation of the council sending the letter: a Welsh council writes in Welsh first, then English. */
  nation: Nation;
  /** The law the move is under: what the letter may promise about care from the day of arrival. */
  duty: ContinuityDuty;
  addressee: string;
  date: string;
  moveDate: string;
  /** The sending council's named contact for the move. */
  contact: string;
  /** DIFFERENCES_EXPLAINED: the council's explanation in its own words. */
  explanation?: string | null;
  copiesTo: readonly string[];
}

/** A section of the letter: its heading, and the fixed wording (or, as a string, the council's own words). */
type Section = readonly [heading: Wording, text: Wording | string];

function sections(l: HandoverLetter, easy: boolean): Section[] {
  const { council, otherCouncil: other, moveDate } = l;
  const carriedOver = meetsNeedsFromArrival(l.duty);
  const contact: Section = [['Who to contact', 'Gyda phwy i gysylltu'], [`${l.contact} at ${council}.`, `${l.contact} yn ${council}.`]];
  switch (l.kind) {
    case HandoverLetterKind.AREA_INFORMATION:
      return [
        [
          ['Your move', 'Eich symud'],
          easy
            ? [`You told us you are moving to ${council} on ${moveDate}. We will help you.`, `Dywedoch wrthym eich bod yn symud i ${council} ar ${moveDate}. Byddwn yn eich helpu.`]
            : [
                `You have told us that you intend to move to the area of ${council} on ${moveDate}. We are satisfied that you intend to move, and we have told ${other}.`,
                `Rydych wedi dweud wrthym eich bod yn bwriadu symud i ardal ${council} ar ${moveDate}. Rydym yn fodlon eich bod yn bwriadu symud, ac rydym wedi rhoi gwybod i ${other}.`,
              ],
        ],
        [
          ['What happens next', 'Beth sy’n digwydd nesaf'],
          easy
            ? [`We will ask ${other} for your care plan. We will talk with you about your needs before you move.`, `Byddwn yn gofyn i ${other} am eich cynllun gofal. Byddwn yn siarad â chi am eich anghenion cyn i chi symud.`]
            : [
                `${other} will send us your care and support plan and latest assessment. We will assess your needs before you move, looking at what changes with the move.`,
                `Bydd ${other} yn anfon eich cynllun gofal a chymorth a’ch asesiad diweddaraf atom. Byddwn yn asesu eich anghenion cyn i chi symud, gan edrych ar beth sy’n newid gyda’r symud.`,
              ],
        ],
        [
          ['When you arrive', 'Pan fyddwch yn cyrraedd'],
          carriedOver
            ? easy
              ? ['If we have not finished, you will still get the care in your plan from the day you arrive.', 'Os nad ydym wedi gorffen, byddwch yn dal i gael y gofal yn eich cynllun o’r diwrnod y byddwch yn cyrraedd.']
              : [
                  'If we have not completed our assessment by the day you arrive, we will meet the needs in your current plan from that day until we have.',
                  'Os nad ydym wedi cwblhau ein hasesiad erbyn y diwrnod y byddwch yn cyrraedd, byddwn yn diwallu’r anghenion yn eich cynllun presennol o’r diwrnod hwnnw nes i ni wneud hynny.',
                ]
            : easy
              ? [
                  `Your care from ${other} stops when you move. It does not carry on by itself. Talk to us before you move, so you have care from the day you arrive.`,
                  `Bydd eich gofal gan ${other} yn dod i ben pan fyddwch yn symud. Nid yw’n parhau ar ei ben ei hun. Siaradwch â ni cyn i chi symud, fel bod gennych ofal o’r diwrnod y byddwch yn cyrraedd.`,
                ]
              : [
                  `You are moving between England and Wales, so the law does not carry your current care and support across the border: the care arranged by ${other} ends when you move, and we do not take it over automatically. Please stay in touch with us before you move, so that we can agree with you the care and support you will have from the day you arrive.`,
                  `Rydych yn symud rhwng Cymru a Lloegr, felly nid yw’r gyfraith yn trosglwyddo eich gofal a chymorth presennol dros y ffin: daw’r gofal a drefnwyd gan ${other} i ben pan fyddwch yn symud, ac nid ydym yn ei gymryd drosodd yn awtomatig. Cadwch mewn cysylltiad â ni cyn i chi symud, fel y gallwn gytuno â chi ar y gofal a chymorth a gewch o’r diwrnod y byddwch yn cyrraedd.`,
                ],
        ],
        contact,
      ];
    case HandoverLetterKind.INFORMATION_SHARED:
      return [
        [
          ['Your move', 'Eich symud'],
          easy
            ? [`You are moving to ${other} on ${moveDate}.`, `Rydych yn symud i ${other} ar ${moveDate}.`]
            : [`We understand that you intend to move to the area of ${other} on ${moveDate}.`, `Deallwn eich bod yn bwriadu symud i ardal ${other} ar ${moveDate}.`],
        ],
        [
          ['What we shared', 'Beth rydym wedi’i rannu'],
          easy
            ? [`We sent your care plan and assessment to ${other}, so they can help you.`, `Rydym wedi anfon eich cynllun gofal a’ch asesiad at ${other}, fel y gallant eich helpu.`]
            : [
                `So that your care and support continues, we have shared your current care and support plan and latest assessment with ${other}.`,
                `Er mwyn i’ch gofal a chymorth barhau, rydym wedi rhannu eich cynllun gofal a chymorth presennol a’ch asesiad diweddaraf gyda ${other}.`,
              ],
        ],
        [
          ['When you move', 'Pan fyddwch yn symud'],
          carriedOver
            ? easy
              ? [`Our care for you stops on the day you move. Then ${other} will help you.`, `Bydd ein gofal i chi yn dod i ben ar y diwrnod y byddwch yn symud. Yna bydd ${other} yn eich helpu.`]
              : [
                  `The care and support we arrange for you ends on the day you move. From that day ${other} meets your needs, following your current plan until it has made its own assessment.`,
                  `Daw’r gofal a chymorth rydym yn ei drefnu i chi i ben ar y diwrnod y byddwch yn symud. O’r diwrnod hwnnw bydd ${other} yn diwallu eich anghenion, gan ddilyn eich cynllun presennol nes iddo wneud ei asesiad ei hun.`,
                ]
            : easy
              ? [
                  `Our care for you stops on the day you move. ${other} will not carry it on by itself. Talk to ${other} before you move, so you have care when you arrive.`,
                  `Bydd ein gofal i chi yn dod i ben ar y diwrnod y byddwch yn symud. Ni fydd ${other} yn ei barhau ar ei ben ei hun. Siaradwch â ${other} cyn i chi symud, fel bod gennych ofal pan fyddwch yn cyrraedd.`,
                ]
              : [
                  `The care and support we arrange for you ends on the day you move. Because you are moving between England and Wales, ${other} does not take it over automatically: it will assess your needs under its own law. Please talk to ${other} before you move about the care and support you will need from the day you arrive.`,
                  `Daw’r gofal a chymorth rydym yn ei drefnu i chi i ben ar y diwrnod y byddwch yn symud. Gan eich bod yn symud rhwng Cymru a Lloegr, nid yw ${other} yn ei gymryd drosodd yn awtomatig: bydd yn asesu eich anghenion o dan ei gyfraith ei hun. Siaradwch â ${other} cyn i chi symud am y gofal a chymorth y bydd ei angen arnoch o’r diwrnod y byddwch yn cyrraedd.`,
                ],
        ],
        contact,
      ];
    case HandoverLetterKind.DIFFERENCES_EXPLAINED:
      return [
        [
          ['Our assessment', 'Ein hasesiad'],
          easy
            ? [`We have looked at your needs before your move on ${moveDate}.`, `Rydym wedi edrych ar eich anghenion cyn i chi symud ar ${moveDate}.`]
            : [
                `We have assessed your needs ahead of your move on ${moveDate}. Our view differs from that of ${other}.`,
                `Rydym wedi asesu eich anghenion cyn i chi symud ar ${moveDate}. Mae ein barn yn wahanol i farn ${other}.`,
              ],
        ],
        [['Why it is different', 'Pam mae’n wahanol'], l.explanation ?? ''],
        contact,
      ];
    case HandoverLetterKind.NEEDS_MET_FROM_ARRIVAL:
      return [
        [
          ['Your care from today', 'Eich gofal o heddiw ymlaen'],
          easy
            ? [
                `You moved to ${council} on ${moveDate}. You will get the care in your plan from ${other}.`,
                `Symudoch i ${council} ar ${moveDate}. Byddwch yn cael y gofal yn eich cynllun gan ${other}.`,
              ]
            : [
                `From ${moveDate}, the day you arrived, ${council} meets the needs in your care and support plan from ${other}, until we have completed our own assessment.`,
                `O ${moveDate}, y diwrnod y gwnaethoch gyrraedd, mae ${council} yn diwallu’r anghenion yn eich cynllun gofal a chymorth gan ${other}, nes ein bod wedi cwblhau ein hasesiad ein hunain.`,
              ],
        ],
        contact,
      ];
  }
}

const TITLES: Record<HandoverLetterKind, Wording> = {
  AREA_INFORMATION: ['Your move: care and support in your new area', 'Eich symud: gofal a chymorth yn eich ardal newydd'],
  INFORMATION_SHARED: ['Your move: the information we have shared', 'Eich symud: yr wybodaeth rydym wedi’i rhannu'],
  DIFFERENCES_EXPLAINED: ['Your move: our assessment of your needs', 'Eich symud: ein hasesiad o’ch anghenion'],
  NEEDS_MET_FROM_ARRIVAL: ['Your move: your care and support from the day you arrive', 'Eich symud: eich gofal a chymorth o’r diwrnod y byddwch yn cyrraedd'],
};

/**
 * R20–R22, R2b: a letter of the move in the person's format, a Welsh council's in Welsh first, then English.
 * It promises care from the day of arrival only where the move's law does (not across the border, R22).
 */
export function renderHandoverLetter(letter: HandoverLetter, needs: DocumentNeeds): RenderedLetter {
  return renderLetter(
    needs,
    (layout, voice) => {
      const heading = voice.phrase(TITLES[letter.kind]);
      return {
        title: `${heading} – ${letter.council}`,
        heading,
        council: letter.council,
        addressee: letter.addressee,
        date: letter.date,
        sections: sections(letter, layout === 'easy-read').map(([h, text]) => ({ heading: voice.phrase(h), html: typeof text === 'string' ? paragraph(text) : paragraphs(voice, text) })),
        copiesTo: letter.copiesTo,
      };
    },
    voiceOf(letter.nation),
  );
}
