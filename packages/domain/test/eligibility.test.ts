import {
  EligibilityFramework,
  Nation,
  UnableReason,
  NeedCode,
  NEED_CODE_DESCRIPTIONS,
  outcomesOf,
  determineEligibility,
  eligibilityFramework,
  assertQualifiedAssessor,
  parseNeed,
  parseOutcome,
  type NeedFacts,
  assertEligibilityAnswered,
  assertEventOutcomeAgrees,
  AssessmentEventOutcome,
} from '../src';

const need = (outcome: string, over: Partial<NeedFacts> = {}): NeedFacts => ({
  outcome,
  unableReasons: [UnableReason.NEEDS_HELP],
  metByCarer: false,
  metByOtherService: false,
  ...over,
});
const adult = (needs: NeedFacts[], over = {}) => determineEligibility({ framework: EligibilityFramework.ENGLAND_ADULT, needsArise: true, significantImpact: true, needs, ...over });
const carer = (needs: NeedFacts[], over = {}) => determineEligibility({ framework: EligibilityFramework.ENGLAND_CARER, needsArise: true, significantImpact: true, healthAtRisk: false, needs, ...over });
const welsh = (needs: NeedFacts[], over = {}) => determineEligibility({ framework: EligibilityFramework.WALES_ADULT, needsArise: true, needs, ...over });
const wales = (outcome: string, over: Partial<NeedFacts> = {}) => need(outcome, { unableReasons: [], cannotMeetAlone: true, onlyWithCouncilHelp: true, ...over });

describe('R3a eligibility, England adult', () => {
  it.each([
    ['no impairment or illness', [need(NeedCode.NUTRITION), need(NeedCode.TOILET_NEEDS)], { needsArise: false }, false, 'R3a(a)'],
    ['no outcome it cannot achieve', [need(NeedCode.NUTRITION, { unableReasons: [] })], {}, false, 'R3a(b)'],
    ['exactly one outcome', [need(NeedCode.NUTRITION)], {}, false, 'R3a(b)'],
    ['one outcome recorded twice', [need(NeedCode.NUTRITION), need(NeedCode.NUTRITION)], {}, false, 'R3a(b)'],
    ['exactly two outcomes', [need(NeedCode.NUTRITION), need(NeedCode.TOILET_NEEDS)], {}, true, null],
    ['two outcomes but no significant impact on well-being', [need(NeedCode.NUTRITION), need(NeedCode.TOILET_NEEDS)], { significantImpact: false }, false, 'R3a(c)'],
  ] as const)('R3a %s', (_case, needs, over, eligible, failed) => {
    const d = adult([...needs], over);
    expect({ eligible: d.eligible, failed: d.failedCondition }).toEqual({ eligible, failed });
    expect(d.rationale).toMatch(eligible ? /^Eligible under R3a/ : new RegExp(`^Not eligible under R3a: condition R3a\\(${failed!.slice(-2, -1)}\\)`));
  });

  it.each(Object.values(UnableReason))('R3a "%s" alone makes an outcome one the person is unable to achieve', (reason) => {
    const d = adult([need(NeedCode.PERSONAL_HYGIENE, { unableReasons: [reason] }), need(NeedCode.APPROPRIATELY_CLOTHED, { unableReasons: [reason] })]);
    expect(d).toMatchObject({ eligible: true, eligibleNeeds: [NeedCode.PERSONAL_HYGIENE, NeedCode.APPROPRIATELY_CLOTHED] });
  });

  it('R3d R3a a need met by a carer still counts; the council must meet only what nobody else does', () => {
    const d = adult([
      need(NeedCode.NUTRITION, { metByCarer: true }),
      need(NeedCode.USING_HOME_SAFELY),
      need(NeedCode.HABITABLE_HOME, { metByOtherService: true }),
    ]);
    expect(d).toMatchObject({
      eligible: true,
      eligibleIfCarerStopped: true,
      eligibleNeeds: [NeedCode.NUTRITION, NeedCode.USING_HOME_SAFELY, NeedCode.HABITABLE_HOME],
      metByCarer: [NeedCode.NUTRITION],
      councilMustMeet: [NeedCode.USING_HOME_SAFELY],
    });
    expect(d.rationale).toContain('A carer meets nutrition');
  });

  it('R3a the rule path records each condition in order with what decided it', () => {
    expect(adult([need(NeedCode.NUTRITION)]).path).toEqual([
      { condition: 'R3a(a)', met: true, detail: expect.stringContaining('impairment or illness') },
      { condition: 'R3a(b)', met: false, detail: 'outcomes the person is unable to achieve (two or more needed): nutrition' },
    ]);
  });
});

describe('R3b eligibility, England carer', () => {
  it.each([
    ['needs not from providing necessary care', [need(NeedCode.RECREATION)], { needsArise: false }, false, 'R3b(a)'],
    ['zero outcomes and no risk to health', [], {}, false, 'R3b(b)'],
    ['zero outcomes but health at risk', [], { healthAtRisk: true }, true, null],
    ['exactly one outcome, no risk to health', [need(NeedCode.RECREATION)], {}, true, null],
    ['one outcome and health at risk', [need(NeedCode.CARING_FOR_OTHERS)], { healthAtRisk: true }, true, null],
    ['one outcome but no significant impact', [need(NeedCode.RECREATION)], { significantImpact: false }, false, 'R3b(c)'],
  ] as const)('R3b %s', (_case, needs, over, eligible, failed) => {
    const d = carer([...needs], over);
    expect({ eligible: d.eligible, failed: d.failedCondition }).toEqual({ eligible, failed });
  });

  it.each(Object.values(UnableReason))('R3b "%s" makes a carer unable to achieve an outcome', (reason) => {
    expect(carer([need(NeedCode.WORK_TRAINING_EDUCATION_VOLUNTEERING, { unableReasons: [reason] })]).eligible).toBe(true);
  });
});

describe('R3c eligibility, Wales', () => {
  it.each([
    ['the need does not arise from the listed circumstances', [wales(NeedCode.COMMUNICATION)], { needsArise: false }, false, 'R3c(a)'],
    ['no need in any of the areas', [], {}, false, 'R3c(b)'],
    ['the person can meet the need alone or with community services', [wales(NeedCode.COMMUNICATION, { cannotMeetAlone: false })], {}, false, 'R3c(c)'],
    ['personal outcomes can be achieved without the council ("can and can only" fails)', [wales(NeedCode.COMMUNICATION, { onlyWithCouncilHelp: false })], {}, false, 'R3c(d)'],
    ['one need that can and can only be met with the council', [wales(NeedCode.SELF_CARE_OR_DOMESTIC_ROUTINES)], {}, true, null],
  ] as const)('R3c %s', (_case, needs, over, eligible, failed) => {
    const d = welsh([...needs], over);
    expect({ eligible: d.eligible, failed: d.failedCondition }).toEqual({ eligible, failed });
  });

  it('R3d R3c a need a willing carer meets is not eligible now, but would be if the carer stopped', () => {
    const d = welsh([wales(NeedCode.SELF_CARE_OR_DOMESTIC_ROUTINES, { metByCarer: true })]);
    expect(d).toMatchObject({ eligible: false, failedCondition: 'R3c(c)', eligibleIfCarerStopped: true, metByCarer: [NeedCode.SELF_CARE_OR_DOMESTIC_ROUTINES] });
    expect(d.rationale).toContain('would be eligible');
  });

  it('R3c a Welsh carer is assessed against the same four conditions', () => {
    const d = determineEligibility({ framework: EligibilityFramework.WALES_CARER, needsArise: true, needs: [wales(NeedCode.WORK_EDUCATION_LEARNING_OR_LEISURE)] });
    expect(d).toMatchObject({ eligible: true, eligibleNeeds: [NeedCode.WORK_EDUCATION_LEARNING_OR_LEISURE], councilMustMeet: [NeedCode.WORK_EDUCATION_LEARNING_OR_LEISURE] });
  });
});

describe('R3 the rule book follows the nation and the kind of assessment', () => {
  it.each([
    [Nation.ENGLAND, false, EligibilityFramework.ENGLAND_ADULT],
    [Nation.ENGLAND, true, EligibilityFramework.ENGLAND_CARER],
    [Nation.WALES, false, EligibilityFramework.WALES_ADULT],
    [Nation.WALES, true, EligibilityFramework.WALES_CARER],
  ])('R3 %s, carer %s: %s', (nation, isCarer, framework) => {
    expect(eligibilityFramework(nation, isCarer)).toBe(framework);
  });

  it('R3 refuses an outcome code the nation’s criteria do not have, naming the field', () => {
    expect(parseOutcome(EligibilityFramework.ENGLAND_ADULT, 'nutrition')).toBe(NeedCode.NUTRITION);
    expect(() => parseOutcome(EligibilityFramework.WALES_ADULT, 'NUTRITION', 'needs.0.outcome')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'needs.0.outcome' } }),
    );
    expect(() => parseOutcome(EligibilityFramework.ENGLAND_CARER, 'TOILET_NEEDS')).toThrow(/not an outcome of the england carer criteria/);
  });

  it('R3 the API’s need codes are exactly every nation’s outcomes and need areas, each described', () => {
    const everyFramework = new Set(Object.values(EligibilityFramework).flatMap((f) => outcomesOf(f)));
    expect(new Set(Object.values(NeedCode))).toEqual(everyFramework);
    expect(Object.keys(NEED_CODE_DESCRIPTIONS).sort()).toEqual(Object.values(NeedCode).sort());
  });
});

describe('R3 recording a need for the nation’s criteria', () => {
  it('R3a England records why the person is unable; Welsh tests are refused', () => {
    expect(parseNeed(EligibilityFramework.ENGLAND_ADULT, { outcome: 'nutrition', unableReasons: [UnableReason.TAKES_SIGNIFICANTLY_LONGER], inOwnWords: 'Cooking takes me all afternoon.' })).toMatchObject({
      outcome: NeedCode.NUTRITION,
      cannotMeetAlone: null,
    });
    expect(() => parseNeed(EligibilityFramework.ENGLAND_ADULT, { outcome: 'NUTRITION', cannotMeetAlone: true, inOwnWords: 'x' })).toThrow(expect.objectContaining({ details: { field: 'cannotMeetAlone' } }));
  });

  it('R3c Wales records tests (c) and (d); English reasons are refused', () => {
    expect(() => parseNeed(EligibilityFramework.WALES_ADULT, { outcome: 'COMMUNICATION', inOwnWords: 'x', cannotMeetAlone: true })).toThrow(expect.objectContaining({ details: { field: 'onlyWithCouncilHelp' } }));
    expect(() => parseNeed(EligibilityFramework.WALES_ADULT, { outcome: 'COMMUNICATION', inOwnWords: 'x', cannotMeetAlone: true, onlyWithCouncilHelp: true, unableReasons: [UnableReason.NEEDS_HELP] })).toThrow(
      expect.objectContaining({ details: { field: 'unableReasons' } }),
    );
  });

  it('R3 a fluctuating need names the period observed; one met by another service names it', () => {
    expect(() => parseNeed(EligibilityFramework.ENGLAND_ADULT, { outcome: 'NUTRITION', inOwnWords: 'Some days I cannot eat', fluctuates: true })).toThrow(expect.objectContaining({ details: { field: 'observedOver' } }));
    expect(() => parseNeed(EligibilityFramework.ENGLAND_ADULT, { outcome: 'NUTRITION', inOwnWords: 'x', metByOtherService: true })).toThrow(expect.objectContaining({ details: { field: 'otherService' } }));
  });
});

describe('R2c deafblind assessor', () => {
  it('R2c a deafblind person needs a qualified deafblind assessor; others need no specialist', () => {
    expect(() => assertQualifiedAssessor(true, ['SENSORY_IMPAIRMENT'])).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R2c' } }));
    expect(() => assertQualifiedAssessor(true, null)).toThrow(expect.objectContaining({ details: { rule: 'R2c' } }));
    expect(() => assertQualifiedAssessor(true, ['DEAFBLIND_ASSESSOR'])).not.toThrow();
    expect(() => assertQualifiedAssessor(false, null)).not.toThrow();
  });
});

describe('R3a–R3c completion asks every question', () => {
  const field = (name: string) => expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: name } });

  it('R3a an unanswered significant impact is refused, never read as no', () => {
    expect(() => assertEligibilityAnswered({ framework: EligibilityFramework.ENGLAND_ADULT, needs: [] })).toThrow(field('significantImpact'));
    expect(() => assertEligibilityAnswered({ framework: EligibilityFramework.ENGLAND_ADULT, significantImpact: false, needs: [] })).not.toThrow();
  });

  it('R3b a carer’s health at risk is asked too', () => {
    expect(() => assertEligibilityAnswered({ framework: EligibilityFramework.ENGLAND_CARER, significantImpact: true, needs: [] })).toThrow(field('healthAtRisk'));
    expect(() => assertEligibilityAnswered({ framework: EligibilityFramework.ENGLAND_CARER, significantImpact: true, healthAtRisk: false, needs: [] })).not.toThrow();
  });

  it('R3c each Welsh need says whether it can be met alone and whether only the council’s help will do', () => {
    const need = { outcome: 'SELF_CARE_OR_DOMESTIC_ROUTINES', cannotMeetAlone: true, onlyWithCouncilHelp: true };
    expect(() => assertEligibilityAnswered({ framework: EligibilityFramework.WALES_ADULT, needs: [need] })).not.toThrow();
    expect(() => assertEligibilityAnswered({ framework: EligibilityFramework.WALES_ADULT, needs: [{ ...need, onlyWithCouncilHelp: null }] })).toThrow(field('onlyWithCouncilHelp'));
  });

  it('R3a a person found not eligible does not progress to care and support planning', () => {
    const notEligible = { framework: EligibilityFramework.ENGLAND_ADULT, eligible: false };
    expect(() => assertEventOutcomeAgrees(notEligible, AssessmentEventOutcome.PROGRESS_TO_CARE_AND_SUPPORT_PLANNING)).toThrow(
      expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R3a' } }),
    );
    expect(() => assertEventOutcomeAgrees(notEligible, AssessmentEventOutcome.NO_SERVICES_UNIVERSAL_OR_SIGNPOSTED)).not.toThrow();
    expect(() => assertEventOutcomeAgrees({ ...notEligible, eligible: true }, AssessmentEventOutcome.PROGRESS_TO_CARE_AND_SUPPORT_PLANNING)).not.toThrow();
  });
});
