import {
  BudgetStatus,
  ContinuityDuty,
  HandoverAction,
  HandoverLetterKind,
  HandoverPackagePart,
  HandoverStatus,
  LocalDate,
  Nation,
  assertDifferencesExplained,
  assertHandoverStartable,
  assertNoticeMatches,
  assertPersonCanMove,
  assertPackageComplete,
  continuedBudget,
  continuityDuty,
  handoverTransition,
  moveAfterDeath,
  DEATH_RECORDED_BY_THE_OTHER_COUNCIL,
  moveDateReached,
  moveMilestone,
  moveReminderMessage,
  openMoveStep,
  needsDifferences,
  needsInterimArrangement,
  renderHandoverLetter,
} from '../src';

const today = LocalDate.parse('2026-11-30');
const move = {
  council: 'London Borough of Islington',
  otherCouncil: 'London Borough of Hackney',
  nation: Nation.ENGLAND,
  duty: ContinuityDuty.CARE_ACT_S37_S38,
  addressee: 'Dani',
  date: '2026-11-30',
  moveDate: '2026-12-21',
  contact: 'Sam Lee',
  copiesTo: [] as string[],
};
const notice = { fromAuthority: 'E09000012', toAuthority: 'E09000019', intendedMoveDate: today.plusDays(21), genuineIntention: true, today };
const { CURRENT_PLAN, LATEST_ASSESSMENT, CARER_SUPPORT_PLAN } = HandoverPackagePart;
const complete = { include: [CURRENT_PLAN, LATEST_ASSESSMENT], hasCurrentPlan: true, directPayments: 0, directPaymentAdvice: null, carerPlanFound: false };

describe('moves between councils', () => {
  it('R20 R22 the continuity duty follows the pair of nations: ss.37–38 in England, s.56 in Wales, none across the border', () => {
    expect(continuityDuty(Nation.ENGLAND, Nation.ENGLAND)).toBe(ContinuityDuty.CARE_ACT_S37_S38);
    expect(continuityDuty(Nation.WALES, Nation.WALES)).toBe(ContinuityDuty.SSWBA_S56);
    expect(continuityDuty(Nation.ENGLAND, Nation.WALES)).toBe(ContinuityDuty.CROSS_BORDER_BY_AGREEMENT);
    expect(continuityDuty(Nation.WALES, Nation.ENGLAND)).toBe(ContinuityDuty.CROSS_BORDER_BY_AGREEMENT);
  });

  it('R20 a handover starts only for a genuine intention to move from another council, on a date not past and within a year', () => {
    expect(() => assertHandoverStartable(notice)).not.toThrow();
    expect(() => assertHandoverStartable({ ...notice, genuineIntention: false })).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R20' } }));
    expect(() => assertHandoverStartable({ ...notice, fromAuthority: 'E09000019' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => assertHandoverStartable({ ...notice, intendedMoveDate: today.plusDays(-1) })).toThrow(/today or later/);
    expect(() => assertHandoverStartable({ ...notice, intendedMoveDate: today.plusDays(400) })).toThrow(/within 366 days/);
    expect(() => assertHandoverStartable({ ...notice, intendedMoveDate: today })).not.toThrow();
  });

  it('R20 the sending council matches only the person the notice describes', () => {
    const person = { nhsNumber: '9990000026', dateOfBirth: '1987-11-02' };
    expect(() => assertNoticeMatches({ nhsNumber: '9990000026', dateOfBirth: '1987-11-02' }, person)).not.toThrow();
    expect(() => assertNoticeMatches({ nhsNumber: null, dateOfBirth: '1987-11-02' }, person)).not.toThrow();
    expect(() => assertNoticeMatches({ nhsNumber: '9990000018', dateOfBirth: '1987-11-02' }, person)).toThrow(/NHS number/);
    expect(() => assertNoticeMatches({ nhsNumber: '9990000026', dateOfBirth: '1987-11-03' }, person)).toThrow(/date of birth/);
  });

  it('R21 the package holds the plan in force and the latest assessment, the carer’s plan when asked, and advice on direct-payment contracts', () => {
    expect(() => assertPackageComplete(complete)).not.toThrow();
    expect(() => assertPackageComplete({ ...complete, include: [CURRENT_PLAN] })).toThrow(expect.objectContaining({ details: { rule: 'R21' } }));
    expect(() => assertPackageComplete({ ...complete, hasCurrentPlan: false })).toThrow(/no plan in force/);
    expect(() => assertPackageComplete({ ...complete, include: [CURRENT_PLAN, LATEST_ASSESSMENT, CARER_SUPPORT_PLAN] })).toThrow(/carer’s support plan/);
    expect(() => assertPackageComplete({ ...complete, directPayments: 1 })).toThrow(expect.objectContaining({ details: { rule: 'R21' } }));
    expect(() => assertPackageComplete({ ...complete, directPayments: 1, directPaymentAdvice: 'Four weeks’ notice to the agency.' })).not.toThrow();
  });

  it('R22 a different view of needs or budget is explained in writing', () => {
    const d = needsDifferences(['NUTRITION', 'PERSONAL_HYGIENE'], ['NUTRITION', 'USING_HOME_SAFELY']);
    expect(d).toEqual({ added: ['USING_HOME_SAFELY'], removed: ['PERSONAL_HYGIENE'] });
    expect(() => assertDifferencesExplained({ ...d, budgetChanged: false, explanation: null })).toThrow(expect.objectContaining({ details: { rule: 'R22' } }));
    expect(() => assertDifferencesExplained({ added: [], removed: [], budgetChanged: true, explanation: null })).toThrow(/budget/);
    expect(() => assertDifferencesExplained({ added: [], removed: [], budgetChanged: false, explanation: null })).not.toThrow();
  });

  it('R22 on the move date the receiving council meets the old plan’s needs only where it has not assessed, a plan was shared and the law puts the duty on it', () => {
    expect(needsInterimArrangement({ duty: ContinuityDuty.CARE_ACT_S37_S38, assessed: false, planShared: true })).toBe(true);
    expect(needsInterimArrangement({ duty: ContinuityDuty.SSWBA_S56, assessed: false, planShared: true })).toBe(true);
    expect(needsInterimArrangement({ duty: ContinuityDuty.CARE_ACT_S37_S38, assessed: true, planShared: true })).toBe(false);
    expect(needsInterimArrangement({ duty: ContinuityDuty.CARE_ACT_S37_S38, assessed: false, planShared: false })).toBe(false);
    expect(needsInterimArrangement({ duty: ContinuityDuty.CROSS_BORDER_BY_AGREEMENT, assessed: false, planShared: true })).toBe(false);
    expect([moveDateReached('2026-11-30', today), moveDateReached('2026-11-29', today), moveDateReached('2026-12-01', today)]).toEqual([true, true, false]);
  });

  it('R22 the continued budget meets the same needs at the same cost: each copied item gets its shared cost line, FINAL when they cover every item within the weekly amount', () => {
    const item = (description: string, serviceType: string | null = null) => ({ need: 'NUTRITION', kind: 'COMMISSIONED_PROVIDER', description, provider: 'Homecare', schedule: null, serviceType, deliveryMechanism: null });
    const cost = (unitCostPence: number) => ({ unitCostPence, unitType: 'HOUR', plannedUnitsPerWeek: 7.5, fundingBasis: 'CARE_ACT' });
    // Two identical items are interchangeable: each takes one of the shared lines, in order.
    const shared = [{ ...item('Lunch'), cost: cost(2_000) }, { ...item('Lunch'), cost: cost(2_400) }, { ...item('Reablement', 'SHORT_TERM_REABLEMENT'), cost: null }];
    const items = [{ id: 'a', ...item('Lunch') }, { id: 'b', ...item('Lunch') }, { id: 'r', ...item('Reablement', 'SHORT_TERM_REABLEMENT') }];
    const final = continuedBudget(33_000, items, shared);
    expect(final.status).toBe(BudgetStatus.FINAL);
    expect(final.lines.map((l) => [l.supportItemId, l.weeklyCostPence])).toEqual([['a', 15_000], ['b', 18_000]]);
    // Less than the lines cost, an item not costed there, or one whose copy differs: finance costs it here.
    expect(continuedBudget(32_999, items, shared).status).toBe(BudgetStatus.INDICATIVE);
    expect(continuedBudget(33_000, items, [shared[0], { ...shared[1], cost: null }, shared[2]])).toMatchObject({ status: BudgetStatus.INDICATIVE, lines: [{ supportItemId: 'a' }] });
    expect(continuedBudget(33_000, [items[0], { ...items[1], description: 'Supper' }, items[2]], shared).status).toBe(BudgetStatus.INDICATIVE);
  });

  it('R20 a person whose death is recorded moves nowhere', () => {
    expect(() => assertPersonCanMove({ dateOfDeath: null })).not.toThrow();
    expect(() => assertPersonCanMove({ dateOfDeath: '2026-11-29' })).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R20' }, message: expect.stringContaining('2026-11-29') }));
  });

  it('R20 R22 a death withdraws a move not yet arrived, a corrected date re-words it, and a date removed as recorded in error brings it back as it was', () => {
    const { MATCHED, SHARED, ARRIVED, WITHDRAWN, NOT_KNOWN } = HandoverStatus;
    const hackney = (dateOfDeath: string | null) => ({ id: 'hackney-record', dateOfDeath });
    const shared = { status: SHARED, closedReason: null, withdrawnFrom: null, withdrawnForDeaths: [] };
    const withdrawn = moveAfterDeath(shared, hackney('2026-11-20'), today)!;
    expect(withdrawn).toEqual({ status: WITHDRAWN, closedReason: 'The person died on 2026-11-20.', withdrawnFrom: SHARED, withdrawnForDeaths: ['hackney-record'], reinstatedOn: null, reinstatedReason: null });
    expect(moveAfterDeath(withdrawn, hackney('2026-11-20'), today)).toBeNull();
    expect(moveAfterDeath(withdrawn, hackney('2026-11-18'), today)).toEqual({ ...withdrawn, closedReason: 'The person died on 2026-11-18.' });
    const back = moveAfterDeath(withdrawn, hackney(null), today)!;
    expect(back).toEqual({ status: SHARED, closedReason: null, withdrawnFrom: null, withdrawnForDeaths: [], reinstatedOn: '2026-11-30', reinstatedReason: expect.stringContaining('recorded in error') });
    expect(moveAfterDeath({ ...back, status: MATCHED }, hackney(null), today)).toBeNull();
    // A move withdrawn by hand stays as it is; so does one arrived or declined.
    const byHand = { status: WITHDRAWN, closedReason: 'They chose to stay.', withdrawnFrom: null, withdrawnForDeaths: [] };
    expect(moveAfterDeath(byHand, hackney(null), today)).toBeNull();
    expect(moveAfterDeath(byHand, hackney('2026-11-20'), today)).toBeNull();
    expect(moveAfterDeath({ ...shared, status: ARRIVED }, hackney('2026-11-20'), today)).toBeNull();
    expect(moveAfterDeath({ ...shared, status: NOT_KNOWN, closedReason: 'Not ours.' }, hackney('2026-11-20'), today)).toBeNull();
    expect(handoverTransition(WITHDRAWN, HandoverAction.FOLLOW_DEATH)).toBe(WITHDRAWN);
    expect(() => handoverTransition(ARRIVED, HandoverAction.FOLLOW_DEATH)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('R20 R22 a move both councils record the death of comes back only once both dates are removed as recorded in error', () => {
    const { SHARED, WITHDRAWN } = HandoverStatus;
    const shared = { status: SHARED, closedReason: null, withdrawnFrom: null, withdrawnForDeaths: [] };
    const byHackney = moveAfterDeath(shared, { id: 'hackney-record', dateOfDeath: '2026-11-20' }, today)!;
    const byBoth = moveAfterDeath(byHackney, { id: 'islington-record', dateOfDeath: '2026-11-20' }, today)!;
    expect(byBoth).toEqual({ ...byHackney, withdrawnForDeaths: ['hackney-record', 'islington-record'] });
    const islingtonStill = moveAfterDeath(byBoth, { id: 'hackney-record', dateOfDeath: null }, today)!;
    expect(islingtonStill).toEqual({ ...byBoth, status: WITHDRAWN, closedReason: DEATH_RECORDED_BY_THE_OTHER_COUNCIL, withdrawnForDeaths: ['islington-record'] });
    expect(moveAfterDeath(islingtonStill, { id: 'hackney-record', dateOfDeath: null }, today)).toBeNull();
    expect(moveAfterDeath(islingtonStill, { id: 'islington-record', dateOfDeath: null }, today)).toMatchObject({ status: SHARED, withdrawnForDeaths: [], reinstatedOn: '2026-11-30' });
  });

  it('R20–R22 a handover moves only forward: matched before shared, shared once, nothing after arrival or withdrawal', () => {
    expect(handoverTransition(HandoverStatus.NOTIFIED, HandoverAction.MATCH)).toBe(HandoverStatus.MATCHED);
    expect(handoverTransition(HandoverStatus.MATCHED, HandoverAction.SHARE)).toBe(HandoverStatus.SHARED);
    expect(handoverTransition(HandoverStatus.SHARED, HandoverAction.RECORD_ASSESSMENT)).toBe(HandoverStatus.SHARED);
    expect(handoverTransition(HandoverStatus.SHARED, HandoverAction.ARRIVE)).toBe(HandoverStatus.ARRIVED);
    expect(() => handoverTransition(HandoverStatus.NOTIFIED, HandoverAction.SHARE)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => handoverTransition(HandoverStatus.SHARED, HandoverAction.SHARE)).toThrow(/cannot share/);
    expect(() => handoverTransition(HandoverStatus.ARRIVED, HandoverAction.WITHDRAW)).toThrow(/cannot withdraw/);
    expect(() => handoverTransition(HandoverStatus.WITHDRAWN, HandoverAction.CHANGE_MOVE_DATE)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('R22 R2b the letter explaining a difference is in the person’s format and says it in the council’s words', () => {
    const letter = renderHandoverLetter(
      { ...move, kind: HandoverLetterKind.DIFFERENCES_EXPLAINED, explanation: 'Your new flat has a level-access shower.', copiesTo: ['Lucia Reyes (carer)'] },
      { formats: ['EASY_READ' as never] },
    );
    expect(letter.format).toBe('EASY_READ');
    expect(letter.html).toContain('Your new flat has a level-access shower.');
    expect(letter.html).toContain('Lucia Reyes (carer)');
  });

  it('R21 R22 the named contacts are reminded 14, 7 and 1 days before the move of the step their council still owes', () => {
    expect([20, 14, 10, 7, 2, 1, 0, -1].map((d) => moveMilestone(today.plusDays(d), today))).toEqual([null, 'BEFORE_14', 'BEFORE_14', 'BEFORE_7', 'BEFORE_7', 'BEFORE_1', null, null]);
    expect(openMoveStep({ status: HandoverStatus.NOTIFIED, assessed: false }, 'SENDING')).toBeNull();
    expect(openMoveStep({ status: HandoverStatus.MATCHED, assessed: false }, 'SENDING')).toBe('SHARE_PACKAGE');
    expect(openMoveStep({ status: HandoverStatus.SHARED, assessed: false }, 'SENDING')).toBeNull();
    expect(openMoveStep({ status: HandoverStatus.SHARED, assessed: false }, 'RECEIVING')).toBe('ASSESS');
    expect(openMoveStep({ status: HandoverStatus.SHARED, assessed: true }, 'RECEIVING')).toBeNull();
    expect(openMoveStep({ status: HandoverStatus.WITHDRAWN, assessed: false }, 'RECEIVING')).toBeNull();
    const message = moveReminderMessage('ASSESS', ContinuityDuty.CARE_ACT_S37_S38, 'BEFORE_7', today.plusDays(7), null);
    expect(message.subject).toBe('Move in 7 days (2026-12-07): not yet assessed');
    expect(message.text).toContain('from the day they arrive');
  });

  it('R21 R22 a named contact’s reminder cites the move’s law, and across the border says nothing carries the person’s care over', () => {
    const due = today.plusDays(7);
    expect(moveReminderMessage('SHARE_PACKAGE', ContinuityDuty.CARE_ACT_S37_S38, 'BEFORE_7', due, null).text).toContain('(Care Act 2014 s.37; R21)');
    expect(moveReminderMessage('SHARE_PACKAGE', ContinuityDuty.SSWBA_S56, 'BEFORE_7', due, null).text).toContain('(Social Services and Well-being (Wales) Act 2014 s.56; R21)');
    const wales = moveReminderMessage('ASSESS', ContinuityDuty.SSWBA_S56, 'BEFORE_7', due, null).text;
    expect(wales).toContain('s.56; R22');
    expect(wales).toContain('you must meet the needs in their current plan from the day they arrive');
    const border = moveReminderMessage('ASSESS', ContinuityDuty.CROSS_BORDER_BY_AGREEMENT, 'BEFORE_7', due, null).text;
    expect(border).toContain('no statutory duty crosses the border');
    expect(border).toContain('they have none from the day they arrive');
    expect(border).not.toContain('you must meet the needs');
    expect(border).not.toContain('s.37');
  });

  it('R22 a letter of a move promises care from the day of arrival only where the move’s law does: across the border it says the care ends', () => {
    for (const kind of [HandoverLetterKind.AREA_INFORMATION, HandoverLetterKind.INFORMATION_SHARED]) {
      for (const formats of [[], ['EASY_READ' as never]]) {
        const within = renderHandoverLetter({ ...move, kind, duty: ContinuityDuty.CARE_ACT_S37_S38 }, { formats }).html;
        const across = renderHandoverLetter({ ...move, kind, duty: ContinuityDuty.CROSS_BORDER_BY_AGREEMENT }, { formats }).html;
        expect(within).not.toContain('carry');
        expect(across).toMatch(/does not carry|not carry it on|not take it over/);
        expect(across).not.toMatch(/meet the needs in your current plan|still get the care in your plan|following your current plan|Then .* will help you/);
      }
    }
    const arriving = renderHandoverLetter({ ...move, kind: HandoverLetterKind.AREA_INFORMATION, duty: ContinuityDuty.CARE_ACT_S37_S38 }, { formats: [] }).html;
    expect(arriving).toContain('we will meet the needs in your current plan from that day until we have');
    const border = renderHandoverLetter({ ...move, kind: HandoverLetterKind.AREA_INFORMATION, duty: ContinuityDuty.CROSS_BORDER_BY_AGREEMENT }, { formats: [] }).html;
    expect(border).toContain('the care arranged by London Borough of Hackney ends when you move, and we do not take it over automatically');
  });

  it('R2b R22 a Welsh council’s letters of a move are in Welsh first, then English, in every section and layout', () => {
    const cardiff = { ...move, council: 'Cardiff Council', otherCouncil: 'City and County of Swansea', nation: Nation.WALES, duty: ContinuityDuty.SSWBA_S56, explanation: 'Mae gan eich fflat newydd gawod hygyrch.' };
    for (const kind of Object.values(HandoverLetterKind)) {
      for (const formats of [[], ['EASY_READ' as never]]) {
        const { html } = renderHandoverLetter({ ...cardiff, kind }, { formats });
        expect(html).toContain('<html lang="cy">');
        const headings = [...html.matchAll(/<h[12]>([^<]*)<\/h[12]>/g)].map((m) => m[1]);
        // Every heading, the disagreeing one included, reads "Welsh / English".
        for (const heading of headings) expect(heading).toMatch(/^\S.* \/ \S/);
        expect(headings[0]).toMatch(/^Eich symud: .* \/ Your move: /);
        // The fixed wording of each section: a Welsh paragraph, then its English one.
        const paragraphs = [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]);
        const contact = paragraphs.indexOf('Sam Lee yn Cardiff Council.');
        expect(contact).toBeGreaterThan(0);
        expect(paragraphs[contact + 1]).toBe('Sam Lee at Cardiff Council.');
      }
    }
    const area = renderHandoverLetter({ ...cardiff, kind: HandoverLetterKind.AREA_INFORMATION }, { formats: [] }).html;
    const welsh = area.indexOf('byddwn yn diwallu’r anghenion yn eich cynllun presennol');
    expect(welsh).toBeGreaterThan(0);
    expect(area.indexOf('we will meet the needs in your current plan')).toBeGreaterThan(welsh);
  });
});
