import { chooseLayout, escape, htmlDocument, prose, type Layout } from '../documents/accessible-html';
import { Nation } from '../enums';
import type { InformationFormat } from '../people/communication-needs';

/** What a copy of the plan shows (R10): everything the person needs to check it is right. */
export interface PlanDocument {
  council: string;
  nation: Nation;
  addressee: string;
  planVersion: number;
  eligibleNeeds: readonly string[];
  outcomes: readonly string[];
  support: ReadonlyArray<{ need: string; description: string; provider: string | null; schedule: string | null }>;
  weeklyBudget: string | null;
  sections: {
    strengthsAndAssets: string | null;
    adviceAndInformation: string | null;
    contingencyPlan: string | null;
    namedCoordinator: string | null;
    reviewArrangements: string | null;
    needsMetByCarer: string | null;
    directPaymentDetails: string | null;
    progressMonitoring: string | null;
  };
  needLabel: (need: string) => string;
}

/** Section headings; a Welsh council's copies carry them in Welsh first, then English. */
const HEADINGS = {
  title: ['Your care and support plan', 'Eich cynllun gofal a chymorth'],
  needs: ['Your needs', 'Eich anghenion'],
  outcomes: ['What matters to you', 'Beth sy’n bwysig i chi'],
  support: ['How your needs will be met', 'Sut y caiff eich anghenion eu diwallu'],
  budget: ['Your personal budget', 'Eich cyllideb bersonol'],
  strengthsAndAssets: ['Your strengths and the people who help you', 'Eich cryfderau a’r bobl sy’n eich helpu'],
  needsMetByCarer: ['Help your carer gives', 'Help y mae eich gofalwr yn ei rhoi'],
  directPaymentDetails: ['Your direct payment', 'Eich taliad uniongyrchol'],
  adviceAndInformation: ['Advice and information', 'Cyngor a gwybodaeth'],
  contingencyPlan: ['If things change or go wrong', 'Os bydd pethau’n newid neu’n mynd o chwith'],
  namedCoordinator: ['Who coordinates your support', 'Pwy sy’n cydlynu eich cymorth'],
  progressMonitoring: ['How we will check progress', 'Sut y byddwn yn gwirio cynnydd'],
  reviewArrangements: ['Reviewing your plan', 'Adolygu eich cynllun'],
} as const;

export type PlanSection = keyof typeof HEADINGS;

export function planHeading(section: PlanSection, nation: Nation): string {
  const [english, welsh] = HEADINGS[section];
  return nation === Nation.WALES ? `${welsh} / ${english}` : english;
}

/** The plan as ordered sections of text: one model for the HTML and the PDF copy. */
export function planSections(doc: PlanDocument): Array<{ section: PlanSection; heading: string; paragraphs: string[] }> {
  const h = (section: PlanSection) => planHeading(section, doc.nation);
  const text = (section: keyof PlanDocument['sections']) => (doc.sections[section] ? [{ section, heading: h(section), paragraphs: [doc.sections[section]!] }] : []);
  return [
    { section: 'needs', heading: h('needs'), paragraphs: doc.eligibleNeeds.map(doc.needLabel) },
    { section: 'outcomes', heading: h('outcomes'), paragraphs: [...doc.outcomes] },
    {
      section: 'support',
      heading: h('support'),
      paragraphs: doc.support.map((s) => [`${doc.needLabel(s.need)}: ${s.description}`, s.provider && `by ${s.provider}`, s.schedule].filter(Boolean).join(', ') + '.'),
    },
    { section: 'budget', heading: h('budget'), paragraphs: [doc.weeklyBudget ? `${doc.weeklyBudget} a week.` : 'Not set yet.'] },
    ...text('strengthsAndAssets'),
    ...text('needsMetByCarer'),
    ...text('directPaymentDetails'),
    ...text('adviceAndInformation'),
    ...text('contingencyPlan'),
    ...text('namedCoordinator'),
    ...text('progressMonitoring'),
    ...text('reviewArrangements'),
  ];
}

export interface RenderedPlan {
  html: string;
  layout: Layout;
  format: InformationFormat | null;
  notYetAvailable: InformationFormat[];
}

/** R10: the plan as accessible HTML in the person's format (R2b), Welsh headings first for a Welsh council. */
export function renderPlanHtml(doc: PlanDocument, needs: readonly InformationFormat[]): RenderedPlan {
  const { layout, format, notYetAvailable } = chooseLayout(needs);
  const title = planHeading('title', doc.nation);
  const body = [
    `<h1>${escape(title)}</h1>`,
    `<p>${escape(`${doc.addressee} — ${doc.council}, version ${doc.planVersion}`)}</p>`,
    ...planSections(doc).map((s) => `<section data-section="${s.section}">\n<h2>${escape(s.heading)}</h2>\n${s.paragraphs.map((p) => prose(p, layout)).join('\n')}\n</section>`),
  ].join('\n');
  return { html: htmlDocument(title, layout, body, doc.nation === Nation.WALES ? 'cy' : 'en'), layout, format, notYetAvailable };
}
