import { LocalDateScalar } from './scalars';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PenceScalar } from './scalars';
import { BadUserInput, INVOLVEMENT_ROLE_LABELS, InformationFormat, InvolvementRole, LocalDate, Money as DomainMoney, NEED_CODE_DESCRIPTIONS, NeedCode, Specialism } from '@careplan/domain';

registerEnumType(InvolvementRole, {
  name: 'InvolvementRole',
  description: 'In what capacity someone took part in an assessment, a plan or a review (R1).',
  valuesConfig: enumValueLabels(INVOLVEMENT_ROLE_LABELS),
});

// One list for every subgraph a need code travels through (assessments, plans, budgets), so they compose.
registerEnumType(NeedCode, {
  name: 'NeedCode',
  description:
    'A need: an outcome of the eligibility criteria (England) or a need area (Wales). One list for both nations; a code your council’s nation, or the assessment’s kind (adult or carer), does not use is BAD_USER_INPUT naming the field. England adults (R3a): NUTRITION, PERSONAL_HYGIENE, TOILET_NEEDS, APPROPRIATELY_CLOTHED, USING_HOME_SAFELY, HABITABLE_HOME, FAMILY_AND_PERSONAL_RELATIONSHIPS, WORK_TRAINING_EDUCATION_VOLUNTEERING, LOCAL_FACILITIES_AND_SERVICES, CARING_FOR_A_CHILD. England carers (R3b): CARING_FOR_A_CHILD, CARING_FOR_OTHERS, HABITABLE_HOME, NUTRITION, RELATIONSHIPS, WORK_TRAINING_EDUCATION_VOLUNTEERING, LOCAL_FACILITIES_AND_SERVICES, RECREATION. Wales, adults and carers (R3c): SELF_CARE_OR_DOMESTIC_ROUTINES, COMMUNICATION, PROTECTION_FROM_ABUSE_OR_NEGLECT, WORK_EDUCATION_LEARNING_OR_LEISURE, FAMILY_RELATIONSHIPS, SOCIAL_RELATIONSHIPS_AND_COMMUNITY, CARING_FOR_A_CHILD.',
  valuesConfig: enumValueLabels(NEED_CODE_DESCRIPTIONS),
});

// Shared: practitioners have specialisms (people) and so do the panel members who decide a plan (plans).
registerEnumType(Specialism, {
  name: 'Specialism',
  description: 'What a practitioner is qualified for.',
  valuesConfig: {
    DEAFBLIND_ASSESSOR: {
      description: 'Qualified to assess a deafblind person (R2c): needed by the assessor to complete a deafblind person’s assessment, and on any panel that decides their plan.',
    },
    SENSORY_IMPAIRMENT: { description: 'Sight or hearing loss.' },
    LEARNING_DISABILITY: { description: 'Learning disability.' },
    AUTISM: { description: 'Autism.' },
    MENTAL_HEALTH: { description: 'Mental health.' },
    APPROVED_MENTAL_HEALTH_PROFESSIONAL: { description: 'Approved Mental Health Professional (AMHP) under the Mental Health Act 1983.' },
    BEST_INTERESTS_ASSESSOR: { description: 'Best Interests Assessor under the Mental Capacity Act 2005.' },
    OCCUPATIONAL_THERAPY: { description: 'Occupational therapist: daily living, equipment and adaptations.' },
  },
});

registerEnumType(InformationFormat, {
  name: 'InformationFormat',
  description:
    'A format of the Accessible Information Standard that a person needs letters and plan copies in (R2b). Only EASY_READ and LARGE_PRINT can be produced today; any other format a person needs is listed in `notYetAvailable` on each document, never silently dropped.',
  valuesConfig: {
    EASY_READ: { description: 'Easy read: short sentences, one idea per line, large plain type. Can be produced.' },
    LARGE_PRINT: { description: 'Large print: large sans-serif type, left aligned, high contrast. Can be produced.' },
    BRAILLE: { description: 'Braille. Not produced yet: flagged on each document.' },
    BSL: { description: 'British Sign Language. Not produced yet: flagged on each document.' },
    AUDIO: { description: 'Audio (spoken recording). Not produced yet: flagged on each document.' },
    DEAFBLIND_MANUAL: { description: 'Deafblind manual alphabet. Not produced yet: flagged on each document. Marks the person as deafblind (R2c).' },
  },
});

/** Money as clients see it: exact pence and a display string. Shared value type across subgraphs. */
@ObjectType('Money', { description: 'An amount of money in pounds sterling: exact whole pence, and the same amount formatted to show people.' })
@Directive('@shareable')
export class MoneyType {
  @Field(() => PenceScalar, { description: 'The amount in whole pence, e.g. 123456 for £1,234.56. Always an integer; do arithmetic on this, not on `display`.' })
  pence!: number;

  @Field({ description: 'The amount formatted for people, e.g. "£1,234.56" (a negative amount "-£3.00").' })
  display!: string;

  static of(pence: number): MoneyType {
    const m = new MoneyType();
    m.pence = pence;
    m.display = DomainMoney.ofPence(pence).display();
    return m;
  }
}

@ObjectType('PageInfo', {
  description:
    'Where a page of a list starts and ends and whether more follow (Relay cursor pagination). Lists page forward: ask again with `after` set to `endCursor` while `hasNextPage` is true.',
})
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when more items follow this page: ask again with `after` set to `endCursor`.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items come before this page: this page was asked for with `after` (lists page forward only, as the Relay spec allows).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item on this page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item on this page, to pass as `after` for the next page; null when the page is empty.' })
  endCursor!: string | null;
}

@ObjectType('Involvement', { description: 'Someone who took part in an assessment, a plan or a review: who, in what role, how and when (R1).' })
@Directive('@shareable')
export class InvolvementType {
  @Field({ description: 'Their name, as recorded.' })
  name!: string;

  @Field(() => InvolvementRole, { description: 'In what capacity they took part; the content check looks for the person, their carer and advocate (R1) and, for a deafblind person, a deafblind specialist (R2c).' })
  role!: InvolvementRole;

  @Field(() => String, { nullable: true, description: 'Their relationship to the person or their job in their own words, e.g. "daughter", "GP"; null when not given.' })
  relationship!: string | null;

  @Field({ description: 'How they took part: in person, by phone, in writing…' })
  how!: string;

  @Field(() => LocalDateScalar, { description: 'The day they took part, YYYY-MM-DD.' })
  on!: string;
}

@InputType('InvolvementInput', { description: 'Someone who took part, in what role, how and when (R1).' })
export class InvolvementInput {
  @Field({ description: 'Their name, 1 to 200 characters.' })
  name!: string;

  @Field(() => InvolvementRole, { description: 'In what capacity they took part.' })
  role!: InvolvementRole;

  @Field(() => String, { nullable: true, description: 'Their relationship to the person or their job in their own words, e.g. "daughter", "GP"; up to 100 characters.' })
  relationship?: string | null;

  @Field({ description: 'How they took part, e.g. "in person", "by phone", "in writing"; 1 to 100 characters.' })
  how!: string;

  @Field(() => LocalDateScalar, { description: 'The day they took part, YYYY-MM-DD; not in the future.' })
  on!: string;
}

/** R1: validates who took part; names required, dates real and not in the future. */
export function parseInvolvement(items: readonly InvolvementInput[]): InvolvementType[] {
  return items.map((item, i) => {
    const name = item.name.trim();
    if (!name || name.length > 200) throw new BadUserInput(`involved.${i}.name`, 'name who took part (1 to 200 characters)');
    const relationship = item.relationship?.trim() || null;
    const how = item.how.trim();
    if (relationship && relationship.length > 100) throw new BadUserInput(`involved.${i}.relationship`, 'say their relationship in at most 100 characters');
    if (!how || how.length > 100) throw new BadUserInput(`involved.${i}.how`, 'say how they took part');
    const on = LocalDate.parse(item.on, `involved.${i}.on`);
    if (on.isAfter(LocalDate.today())) throw new BadUserInput(`involved.${i}.on`, 'involvement cannot be dated in the future');
    return { name, role: item.role, relationship, how, on: on.toString() };
  });
}

/** GraphQL enum value descriptions from a code list's labels (CLD codes show their national wording). */
export function enumValueLabels<E extends string>(labels: Record<E, string>): Record<E, { description: string }> {
  return Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description: description as string }])) as Record<E, { description: string }>;
}

/** The fields every issued letter shows (decision letters, review refusals); each subgraph adds its kind. */
@ObjectType()
export abstract class IssuedLetterFields {
  @Field(() => ID, { description: 'The letter’s id.' })
  id!: string;

  @Field(() => InformationFormat, {
    nullable: true,
    description: 'The format the letter was produced in: EASY_READ or LARGE_PRINT, whichever comes first in the person’s needs; null for standard print.',
  })
  format!: InformationFormat | null;

  @Field(() => [InformationFormat], { description: 'Formats the person needs that could not be produced yet, so must be arranged another way (R2b); empty when none.' })
  notYetAvailable!: InformationFormat[];

  @Field(() => String, { nullable: true, description: 'The spoken or signed language the person needs (R2b: an interpreter’s language, or another language) when this document is not written in it, so it must be arranged another way, e.g. by an interpreter or a translation; null when none. A Welsh council’s documents are written in Welsh and English.' })
  languageNotYetAvailable!: string | null;

  @Field(() => [String], { description: 'Everyone else the letter went to, as named on it, e.g. "Sam Lee (independent advocate)"; empty when it went to the person only.' })
  copiesTo!: string[];

  @Field({ description: 'The letter exactly as issued: a complete, accessible HTML document, including how to challenge the decision.' })
  html!: string;

  @Field(() => LocalDateScalar, { description: 'The day it was issued, YYYY-MM-DD (Europe/London).' })
  issuedOn!: string;

  @Field({ description: 'The sign-in (token subject) of whoever issued it.' })
  issuedBy!: string;
}
