import { chooseLayout, escape, htmlDocument, notYetAvailableNote, prose, type DocumentNeeds, type Layout } from '../documents/accessible-html';
import { voiceOf, type Wording } from '../documents/bilingual';
import type { Nation } from '../enums';
import type { InformationFormat } from '../people/communication-needs';
import { NeedMetBy, type NeedInPlan } from './content';

/** The plan's written sections, each shown under its own heading when it holds text. */
export type PlanTextSection =
  | 'strengthsAndAssets'
  | 'carerWishes'
  | 'actionsByOthers'
  | 'needsMetByCarer'
  | 'directPaymentDetails'
  | 'adviceAndInformation'
  | 'contingencyPlan'
  | 'namedCoordinator'
  | 'progressMonitoring'
  | 'reviewArrangements'
  | 'adultAtRiskConclusion';

/** Every written section, in the order a copy shows them: the one list the plan's edits, copies and shared packages use. */
export const PLAN_TEXT_SECTIONS: readonly PlanTextSection[] = [
  'strengthsAndAssets',
  'adviceAndInformation',
  'contingencyPlan',
  'namedCoordinator',
  'reviewArrangements',
  'carerWishes',
  'needsMetByCarer',
  'directPaymentDetails',
  'actionsByOthers',
  'progressMonitoring',
  'adultAtRiskConclusion',
];

/** What a copy of the plan shows (R10): everything the content rules ask for (R5, R5w), so the person can check it is right. */
export interface PlanDocument {
  council: string;
  nation: Nation;
  addressee: string;
  planVersion: number;
  /** Every need the assessment identified, whether it is eligible, and who meets it (R5(a)–(c), R3d). */
  needs: readonly NeedInPlan[];
  /** The person's outcomes, in their own words. */
  outcomes: readonly string[];
  /** How the council meets each need, and the outcomes (in the person's words) each item works towards (R5(d)). */
  support: ReadonlyArray<{ need: string; description: string; provider: string | null; schedule: string | null; outcomes: readonly string[] }>;
  weeklyBudget: string | null;
  sections: Record<PlanTextSection, string | null>;
  needLabel: (need: string) => string;
}

/** Section headings, [English, Welsh]; a Welsh council's copies carry them in Welsh first, then English. */
const HEADINGS = {
  title: ['Your care and support plan', 'Eich cynllun gofal a chymorth'],
  needs: ['Your needs', 'Eich anghenion'],
  outcomes: ['What matters to you', 'Beth sy’n bwysig i chi'],
  carerWishes: ['Your wishes about caring, work, education and leisure', 'Eich dymuniadau am ofalu, gwaith, addysg a hamdden'],
  support: ['How your needs will be met', 'Sut y caiff eich anghenion eu diwallu'],
  actionsByOthers: ['What others will do', 'Beth fydd eraill yn ei wneud'],
  budget: ['Your personal budget', 'Eich cyllideb bersonol'],
  strengthsAndAssets: ['Your strengths and the people who help you', 'Eich cryfderau a’r bobl sy’n eich helpu'],
  needsMetByCarer: ['Help your carer gives', 'Help y mae eich gofalwr yn ei rhoi'],
  directPaymentDetails: ['Your direct payment', 'Eich taliad uniongyrchol'],
  adviceAndInformation: ['Advice and information', 'Cyngor a gwybodaeth'],
  contingencyPlan: ['If things change or go wrong', 'Os bydd pethau’n newid neu’n mynd o chwith'],
  namedCoordinator: ['Who coordinates your support', 'Pwy sy’n cydlynu eich cymorth'],
  progressMonitoring: ['How we will check progress', 'Sut y byddwn yn gwirio cynnydd'],
  reviewArrangements: ['Reviewing your plan', 'Adolygu eich cynllun'],
  adultAtRiskConclusion: ['What the adult at risk enquiry concluded', 'Casgliad yr ymholiad am oedolyn sy’n wynebu risg'],
} as const satisfies Record<string, Wording>;

export type PlanSection = Exclude<keyof typeof HEADINGS, 'title'>;

/** A section's heading in English, as a copy shows it. */
export function planSectionHeading(section: PlanTextSection): string {
  return HEADINGS[section][0];
}

/** How the plan tells the person whether a need is eligible and who meets it. */
const NEED_STATUS = {
  eligible: ['an eligible need', 'angen cymwys'],
  notEligible: ['not an eligible need', 'nid yw’n angen cymwys'],
  [NeedMetBy.COUNCIL]: ['the council will meet it', 'bydd y cyngor yn ei ddiwallu'],
  [NeedMetBy.CARER]: ['your carer meets it', 'mae eich gofalwr yn ei ddiwallu'],
  towards: ['towards', 'tuag at'],
} as const satisfies Record<string, Wording>;

export function planHeading(section: PlanSection | 'title', nation: Nation): string {
  return voiceOf(nation).phrase(HEADINGS[section]);
}

function needLine(doc: PlanDocument, n: NeedInPlan): string {
  const say = voiceOf(doc.nation).phrase;
  const metBy =
    n.metBy === NeedMetBy.COUNCIL || n.metBy === NeedMetBy.CARER
      ? say(NEED_STATUS[n.metBy])
      : n.metBy === NeedMetBy.OTHER_SERVICE
        ? say([`met by ${n.otherService ?? 'another service'}`, `caiff ei ddiwallu gan ${n.otherService ?? 'wasanaeth arall'}`])
        : null;
  return `${doc.needLabel(n.need)}: ${[say(n.eligible ? NEED_STATUS.eligible : NEED_STATUS.notEligible), metBy].filter(Boolean).join('; ')}.`;
}

function supportLine(doc: PlanDocument, s: PlanDocument['support'][number]): string {
  const towards = s.outcomes.length ? `${voiceOf(doc.nation).phrase(NEED_STATUS.towards)}: ${s.outcomes.map((o) => `“${o}”`).join(', ')}` : null;
  return [`${doc.needLabel(s.need)}: ${s.description}`, s.provider && `by ${s.provider}`, s.schedule, towards].filter(Boolean).join(', ') + '.';
}

/** The plan as ordered sections of text: one model for the HTML and the PDF copy. */
export function planSections(doc: PlanDocument): Array<{ section: PlanSection; heading: string; paragraphs: string[] }> {
  const h = (section: PlanSection) => planHeading(section, doc.nation);
  const text = (section: PlanTextSection) => (doc.sections[section] ? [{ section, heading: h(section), paragraphs: [doc.sections[section]!] }] : []);
  return [
    { section: 'needs', heading: h('needs'), paragraphs: doc.needs.map((n) => needLine(doc, n)) },
    { section: 'outcomes', heading: h('outcomes'), paragraphs: [...doc.outcomes] },
    ...text('carerWishes'),
    { section: 'support', heading: h('support'), paragraphs: doc.support.map((s) => supportLine(doc, s)) },
    ...text('actionsByOthers'),
    { section: 'budget', heading: h('budget'), paragraphs: [doc.weeklyBudget ? `${doc.weeklyBudget} a week.` : 'Not set yet.'] },
    ...text('strengthsAndAssets'),
    ...text('needsMetByCarer'),
    ...text('directPaymentDetails'),
    ...text('adviceAndInformation'),
    ...text('contingencyPlan'),
    ...text('namedCoordinator'),
    ...text('progressMonitoring'),
    ...text('reviewArrangements'),
    ...text('adultAtRiskConclusion'),
  ];
}

export interface RenderedPlan {
  html: string;
  layout: Layout;
  format: InformationFormat | null;
  notYetAvailable: InformationFormat[];
  /** The language the person needs when the copy is not written in it (R2b). */
  languageNotYetAvailable: string | null;
}

/** R10: the plan as accessible HTML in the person's format (R2b), Welsh headings first for a Welsh council. */
export function renderPlanHtml(doc: PlanDocument, needs: DocumentNeeds): RenderedPlan {
  const voice = voiceOf(doc.nation);
  const choice = chooseLayout(needs, voice.lang);
  const { layout, format, notYetAvailable, languageNotYetAvailable } = choice;
  const title = planHeading('title', doc.nation);
  const body = [
    `<h1>${escape(title)}</h1>`,
    notYetAvailableNote(choice, voice),
    `<p>${escape(`${doc.addressee} — ${doc.council}, version ${doc.planVersion}`)}</p>`,
    ...planSections(doc).map((s) => `<section data-section="${s.section}">\n<h2>${escape(s.heading)}</h2>\n${s.paragraphs.map((p) => prose(p, layout)).join('\n')}\n</section>`),
  ].join('\n');
  return { html: htmlDocument(title, layout, body, voice.lang), layout, format, notYetAvailable, languageNotYetAvailable };
}

/** A copy of a plan as issued: the format it was produced in, and what it flagged as not yet available (R2b). */
export interface IssuedFormat {
  format: InformationFormat | null;
  notYetAvailable: readonly InformationFormat[];
  languageNotYetAvailable: string | null;
}

/**
 * R10, R2b: whether the copy of their plan last issued to the person is no longer in the format and language
 * their record now asks for (their communication needs changed since), so a new one is due. Never when no copy
 * has been issued yet: the first is the practitioner's to issue.
 */
export function copyOutOfFormat(last: IssuedFormat | null, needs: DocumentNeeds, nation: Nation): boolean {
  if (!last) return false;
  const now = chooseLayout(needs, voiceOf(nation).lang);
  const flagged = (formats: readonly InformationFormat[]) => [...formats].sort().join();
  return now.format !== last.format || now.languageNotYetAvailable !== last.languageNotYetAvailable || flagged(now.notYetAvailable) !== flagged(last.notYetAvailable);
}
