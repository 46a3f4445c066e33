import { BadUserInput, RuleViolation } from '../errors';

/**
 * R16: what a review asks, and whether the person took part (R1). Answers are free text, so the
 * person's own words can be kept; the three questions whose answer decides what follows are yes/no
 * with words required on the answer that needs acting on.
 */
export interface ReviewContent {
  personInvolved: boolean | null;
  personNotInvolvedReason: string | null;
  whatChanged: string | null;
  whatWorks: string | null;
  whatDoesNotWork: string | null;
  newOutcomes: string | null;
  moreSupportNeeded: string | null;
  budgetEnough: boolean | null;
  budgetNotes: string | null;
  otherWaysOfMeetingNeeds: string | null;
  socialSupportChanges: string | null;
  riskOfAbuseOrNeglect: boolean | null;
  riskNotes: string | null;
  everyoneContent: boolean | null;
  contentNotes: string | null;
}

export const NO_REVIEW_CONTENT: ReviewContent = {
  personInvolved: null,
  personNotInvolvedReason: null,
  whatChanged: null,
  whatWorks: null,
  whatDoesNotWork: null,
  newOutcomes: null,
  moreSupportNeeded: null,
  budgetEnough: null,
  budgetNotes: null,
  otherWaysOfMeetingNeeds: null,
  socialSupportChanges: null,
  riskOfAbuseOrNeglect: null,
  riskNotes: null,
  everyoneContent: null,
  contentNotes: null,
};

type YesNo = 'personInvolved' | 'budgetEnough' | 'riskOfAbuseOrNeglect' | 'everyoneContent';
const YES_NO: readonly YesNo[] = ['personInvolved', 'budgetEnough', 'riskOfAbuseOrNeglect', 'everyoneContent'];

/**
 * Validates the answers given; answers not given (undefined) stay as recorded, so a review can be written
 * up over several visits. A blank answer clears it.
 */
export function parseReviewContent(input: Partial<ReviewContent>): Partial<ReviewContent> {
  const parsed: Partial<Record<keyof ReviewContent, string | boolean | null>> = {};
  for (const key of Object.keys(NO_REVIEW_CONTENT) as Array<keyof ReviewContent>) {
    const value = input[key];
    if (value === undefined) continue;
    if (YES_NO.includes(key as YesNo)) {
      parsed[key] = value;
      continue;
    }
    const text = typeof value === 'string' ? value.normalize('NFC').trim() : '';
    if (text.length > 4000) throw new BadUserInput(key, `${key} must be at most 4000 characters`);
    parsed[key] = text || null;
  }
  return parsed as Partial<ReviewContent>;
}

/** What the completion rule looks at: the answers, and how many took part (the shared involvement record, R1). */
export interface ReviewContentFacts {
  content: ReviewContent;
  involved: number;
}

interface Item {
  id: string;
  label: string;
  present: (f: ReviewContentFacts) => boolean;
}

const given = (text: string | null) => Boolean(text);

const ITEMS: Item[] = [
  { id: 'R1 who took part', label: 'who took part, how and when', present: (f) => f.involved > 0 },
  {
    id: 'R1 the person',
    label: 'whether the person took part, and if not, why not',
    present: ({ content: c }) => c.personInvolved === true || (c.personInvolved === false && given(c.personNotInvolvedReason)),
  },
  { id: 'R16 what changed', label: 'what has changed', present: (f) => given(f.content.whatChanged) },
  { id: 'R16 what works', label: 'what is working', present: (f) => given(f.content.whatWorks) },
  { id: 'R16 what does not work', label: 'what is not working', present: (f) => given(f.content.whatDoesNotWork) },
  { id: 'R16 new outcomes', label: 'any new outcomes the person wants', present: (f) => given(f.content.newOutcomes) },
  { id: 'R16 more support', label: 'whether more support is needed', present: (f) => given(f.content.moreSupportNeeded) },
  {
    id: 'R16 budget',
    label: 'whether the personal budget is enough, and if not, why not',
    present: ({ content: c }) => c.budgetEnough === true || (c.budgetEnough === false && given(c.budgetNotes)),
  },
  { id: 'R16 other ways', label: 'whether another way of meeting needs (such as a direct payment) would suit', present: (f) => given(f.content.otherWaysOfMeetingNeeds) },
  { id: 'R16 social support', label: 'changes in social support (family, friends, community)', present: (f) => given(f.content.socialSupportChanges) },
  {
    id: 'R16 abuse or neglect',
    label: 'whether there is a risk of abuse or neglect, and if so, what',
    present: ({ content: c }) => c.riskOfAbuseOrNeglect === false || (c.riskOfAbuseOrNeglect === true && given(c.riskNotes)),
  },
  {
    id: 'R16 content with the plan',
    label: 'whether everyone is content with the plan, and if not, who and why',
    present: ({ content: c }) => c.everyoneContent === true || (c.everyoneContent === false && given(c.contentNotes)),
  },
];

/** R16: what the review has yet to record before it can be completed. */
export function missingReviewContent(facts: ReviewContentFacts): Array<{ id: string; label: string }> {
  return ITEMS.filter((i) => !i.present(facts)).map(({ id, label }) => ({ id, label }));
}

/** The completion guard: RULE_VIOLATION R16 naming everything missing. */
export function assertReviewContent(facts: ReviewContentFacts): void {
  const missing = missingReviewContent(facts);
  if (missing.length) throw new RuleViolation('R16', `the review cannot be completed until it records: ${missing.map((m) => `${m.label} [${m.id}]`).join('; ')}`);
}
