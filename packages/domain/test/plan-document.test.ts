import { InformationFormat, Nation, NeedMetBy, assessedNeedsInPlan, copyOutOfFormat, planContentItems, planSections, renderPlanHtml, type PlanDocument } from '../src';

const doc: PlanDocument = {
  council: 'Cardiff Council',
  nation: Nation.ENGLAND,
  addressee: 'Gwen',
  planVersion: 2,
  needs: [{ need: 'NUTRITION', eligible: true, metBy: NeedMetBy.COUNCIL, otherService: null }],
  outcomes: ['To stay at home'],
  support: [{ need: 'NUTRITION', description: 'Hot lunch', provider: 'Meals Ltd', schedule: 'daily', outcomes: [] }],
  weeklyBudget: '£120.00',
  sections: {
    strengthsAndAssets: null,
    carerWishes: null,
    actionsByOthers: null,
    adviceAndInformation: 'Lunch club',
    contingencyPlan: 'Neighbour checks in',
    namedCoordinator: null,
    reviewArrangements: 'In 8 weeks',
    needsMetByCarer: null,
    directPaymentDetails: null,
    progressMonitoring: null,
    adultAtRiskConclusion: null,
  },
  needLabel: (n) => n.toLowerCase().replace(/_/g, ' '),
};

/** A plan with every item either nation's rules ask for, written down. */
const complete: PlanDocument = {
  ...doc,
  needs: assessedNeedsInPlan(
    ['NUTRITION', 'FAMILY_AND_PERSONAL_RELATIONSHIPS'],
    [
      { outcome: 'NUTRITION', metByCarer: false, metByOtherService: false },
      { outcome: 'FAMILY_AND_PERSONAL_RELATIONSHIPS', metByCarer: true, metByOtherService: false },
      { outcome: 'TOILET_NEEDS', metByCarer: false, metByOtherService: false },
      { outcome: 'PERSONAL_HYGIENE', metByCarer: false, metByOtherService: true, otherService: 'the district nurses' },
    ],
    true,
  ),
  support: [{ ...doc.support[0], outcomes: ['To stay at home'] }],
  sections: Object.fromEntries(Object.keys(doc.sections).map((key) => [key, `The ${key} as written.`])) as PlanDocument['sections'],
};

function paragraphsBySection(d: PlanDocument): Map<string, string[]> {
  return new Map(planSections(d).map((s) => [s.section, s.paragraphs]));
}

describe('R10 plan copies', () => {
  it('R10 one ordered section model feeds every copy; empty optional sections are left out', () => {
    expect(planSections(doc).map((s) => s.section)).toEqual(['needs', 'outcomes', 'support', 'budget', 'adviceAndInformation', 'contingencyPlan', 'reviewArrangements']);
    expect(planSections(doc)[2].paragraphs).toEqual(['nutrition: Hot lunch, by Meals Ltd, daily.']);
  });

  it('R10 R2b easy read puts one idea on a line; Welsh councils head sections in Welsh first', () => {
    const easy = renderPlanHtml(doc, { formats: [InformationFormat.EASY_READ] });
    expect(easy).toMatchObject({ layout: 'easy-read', format: InformationFormat.EASY_READ });
    expect(easy.html).toContain('<li>To stay at home</li>');
    const welsh = renderPlanHtml({ ...doc, nation: Nation.WALES }, { formats: [] });
    expect(welsh.html).toContain('<h2>Eich cyllideb bersonol / Your personal budget</h2>');
    expect(welsh.html).toContain('lang="cy"');
  });

  it('R2b a copy flags the language the person needs when it is not written in it; a Welsh council’s copy is in Welsh', () => {
    expect(renderPlanHtml(doc, { formats: [], language: 'Arabic' }).languageNotYetAvailable).toBe('Arabic');
    expect(renderPlanHtml({ ...doc, nation: Nation.WALES }, { formats: [], language: 'Welsh' }).languageNotYetAvailable).toBeNull();
  });
});

describe('R5 R5w what a copy of the plan shows', () => {
  it.each([
    ['R5', Nation.ENGLAND],
    ['R5w', Nation.WALES],
  ])('%s every content item the rule lists appears in the sections a copy shows', (rule, nation) => {
    const sections = paragraphsBySection({ ...complete, nation });
    const items = planContentItems(nation);
    expect(items.every((i) => i.id.startsWith(rule))).toBe(true);
    for (const item of items) {
      for (const section of item.shownIn) expect({ item: item.id, section, shown: (sections.get(section)?.length ?? 0) > 0 }).toEqual({ item: item.id, section, shown: true });
    }
    for (const written of ['carerWishes', 'actionsByOthers', 'needsMetByCarer', 'adultAtRiskConclusion', 'progressMonitoring', 'directPaymentDetails', 'reviewArrangements']) {
      expect(sections.get(written)).toEqual([`The ${written} as written.`]);
    }
  });

  it('R5 every assessed need shows whether it is eligible and who meets it: the council, a carer or another service', () => {
    expect(paragraphsBySection(complete).get('needs')).toEqual([
      'nutrition: an eligible need; the council will meet it.',
      'family and personal relationships: an eligible need; your carer meets it.',
      'toilet needs: not an eligible need.',
      'personal hygiene: not an eligible need; met by the district nurses.',
    ]);
  });

  it('R5 R3d without a willing and able carer, the council meets the need a carer was meeting', () => {
    const needs = assessedNeedsInPlan(['NUTRITION'], [{ outcome: 'NUTRITION', metByCarer: true, metByOtherService: false }], false);
    expect(needs).toEqual([{ need: 'NUTRITION', eligible: true, metBy: NeedMetBy.COUNCIL, otherService: null }]);
  });

  it('R5 each support item says which of the person’s outcomes it works towards', () => {
    expect(paragraphsBySection(complete).get('support')).toEqual(['nutrition: Hot lunch, by Meals Ltd, daily, towards: “To stay at home”.']);
  });

  it('R5w a Welsh copy marks needs and headings in Welsh first; a need a carer meets is not eligible now', () => {
    const welsh: PlanDocument = {
      ...complete,
      nation: Nation.WALES,
      needs: assessedNeedsInPlan(['NUTRITION'], [
        { outcome: 'NUTRITION', metByCarer: false, metByOtherService: false },
        { outcome: 'SOCIAL_RELATIONSHIPS', metByCarer: true, metByOtherService: false },
      ], true),
    };
    expect(paragraphsBySection(welsh).get('needs')).toEqual([
      'nutrition: angen cymwys / an eligible need; bydd y cyngor yn ei ddiwallu / the council will meet it.',
      'social relationships: nid yw’n angen cymwys / not an eligible need; mae eich gofalwr yn ei ddiwallu / your carer meets it.',
    ]);
    const html = renderPlanHtml(welsh, { formats: [] }).html;
    expect(html).toContain('<h2>Beth fydd eraill yn ei wneud / What others will do</h2>');
    expect(html).toContain('<h2>Casgliad yr ymholiad am oedolyn sy’n wynebu risg / What the adult at risk enquiry concluded</h2>');
    expect(html).toContain('<section data-section="adultAtRiskConclusion">');
  });
});

describe('R10 R2b a copy follows the person’s format', () => {
  const standard = { format: null, notYetAvailable: [], languageNotYetAvailable: null };
  it('R10 R2b the copy last issued is out of format once the needs ask for another format, flag or language; never before a first copy', () => {
    expect(copyOutOfFormat(standard, { formats: [] }, Nation.ENGLAND)).toBe(false);
    expect(copyOutOfFormat(standard, { formats: [InformationFormat.LARGE_PRINT] }, Nation.ENGLAND)).toBe(true);
    expect(copyOutOfFormat(standard, { formats: [InformationFormat.BRAILLE] }, Nation.ENGLAND)).toBe(true);
    expect(copyOutOfFormat(standard, { formats: [], language: 'Tigrinya' }, Nation.ENGLAND)).toBe(true);
    const large = { format: InformationFormat.LARGE_PRINT, notYetAvailable: [InformationFormat.BRAILLE, InformationFormat.AUDIO], languageNotYetAvailable: null };
    expect(copyOutOfFormat(large, { formats: [InformationFormat.AUDIO, InformationFormat.LARGE_PRINT, InformationFormat.BRAILLE] }, Nation.ENGLAND)).toBe(false);
    // A Welsh council's copies are written in Welsh: a Welsh speaker's copy fits.
    expect(copyOutOfFormat(standard, { formats: [], language: 'Welsh' }, Nation.WALES)).toBe(false);
    expect(copyOutOfFormat(null, { formats: [InformationFormat.LARGE_PRINT] }, Nation.ENGLAND)).toBe(false);
  });
});
