import {
  AgreementParty,
  ApprovalRoute,
  LocalDate,
  agreementOverdue,
  approvalRoute,
  assertApprovalLimitCovers,
  assertAgreementAuthority,
  assertJointAgreement,
  PowerScope,
  RelationshipKind,
  assertApprovedCostCovers,
  assertPanelDecision,
  considerationEnds,
  parseDisagreement,
} from '../src';

describe('R8 approval', () => {
  it.each([
    ['below', 2_000_000, 1_999_999, false],
    ['at', 2_000_000, 2_000_000, true],
    ['above', 2_000_000, 2_000_001, true],
  ])('R8 a limit %s the annual cost: approves only when it covers it', (_case, cost, limit, covers) => {
    const check = () => assertApprovalLimitCovers(cost, limit);
    if (covers) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R8' }, message: expect.stringContaining('£20,000.00') }));
  });

  it.each([
    [3_000_000, 2_500_000, false, ApprovalRoute.PANEL],
    [2_500_000, 2_500_000, false, ApprovalRoute.APPROVER],
    [100_000, 2_500_000, true, ApprovalRoute.PANEL],
  ])('R8 cost %i against a highest individual limit of %i (unusual: %s) goes to %s', (cost, highest, unusual, route) => {
    expect(approvalRoute(cost, highest, unusual)).toBe(route);
  });

  it('R8 a final budget beyond what was approved and beyond the approver’s limit goes back for approval; a panel has no limit', () => {
    const r8 = expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R8' } });
    expect(() => assertApprovedCostCovers({ approvedAnnualPence: 1_690_000, finalAnnualPence: 1_833_000, approverLimitPence: 1_700_000 })).toThrow(r8);
    expect(() => assertApprovedCostCovers({ approvedAnnualPence: 1_690_000, finalAnnualPence: 1_833_000, approverLimitPence: 2_000_000 })).not.toThrow();
    expect(() => assertApprovedCostCovers({ approvedAnnualPence: 1_690_000, finalAnnualPence: 1_600_000, approverLimitPence: 1_000_000 })).not.toThrow();
    expect(() => assertApprovedCostCovers({ approvedAnnualPence: 1_690_000, finalAnnualPence: 9_000_000, approverLimitPence: null })).not.toThrow();
  });

  it('R8 a panel records its members and reasons, and includes a deafblind specialist for a deafblind person', () => {
    const decision = {
      members: [
        { name: 'Head of Service', specialisms: [] },
        { name: 'Senior OT', specialisms: ['OCCUPATIONAL_THERAPY'] },
      ],
      reasons: 'Agreed: night support is needed while the adaptations are made.',
      submittedOn: '2026-11-01',
      decidedOn: '2026-11-09',
    };
    expect(() => assertPanelDecision(decision, false)).not.toThrow();
    expect(() => assertPanelDecision(decision, true)).toThrow(expect.objectContaining({ details: { rule: 'R8' } }));
    expect(() => assertPanelDecision({ ...decision, members: [...decision.members, { name: 'Sensory lead', specialisms: ['DEAFBLIND_ASSESSOR'] }] }, true)).not.toThrow();
    expect(() => assertPanelDecision({ ...decision, members: decision.members.slice(0, 1) }, false)).toThrow(expect.objectContaining({ details: { field: 'members' } }));
  });
});

describe('R9 agreement', () => {
  const proposed = LocalDate.parse('2026-11-01');

  it('R9 the consideration period is 14 days by default and per authority otherwise', () => {
    expect(considerationEnds(proposed).toString()).toBe('2026-11-15');
    expect(considerationEnds(proposed, 21).toString()).toBe('2026-11-22');
    expect(() => considerationEnds(proposed, 0)).toThrow(expect.objectContaining({ details: { field: 'considerationDays' } }));
  });

  it('R9 a plan not agreed is overdue only after its consideration period', () => {
    expect(agreementOverdue(proposed, 14, false, LocalDate.parse('2026-11-15'))).toBe(false);
    expect(agreementOverdue(proposed, 14, false, LocalDate.parse('2026-11-16'))).toBe(true);
    expect(agreementOverdue(proposed, 14, true, LocalDate.parse('2026-12-30'))).toBe(false);
  });

  it('R9 disagreement needs reasons; the council disagreeing signposts complaints', () => {
    expect(parseDisagreement(AgreementParty.PERSON, 'The budget does not cover my evening calls.')).toEqual({ reasons: 'The budget does not cover my evening calls.', signpostComplaints: false });
    expect(parseDisagreement(AgreementParty.COUNCIL, 'We cannot fund 24-hour care at home.').signpostComplaints).toBe(true);
    expect(() => parseDisagreement(AgreementParty.PERSON, 'no')).toThrow(expect.objectContaining({ details: { field: 'reasons' } }));
  });

  it('R9 R7 the other person of a joint plan may disagree with it too, never on a plan of one person, and never as the council', () => {
    const why = 'It leaves me no evening off from caring.';
    expect(parseDisagreement(AgreementParty.PERSON, why, { byJointPerson: true, jointPlan: true })).toEqual({ reasons: why, signpostComplaints: false });
    expect(() => parseDisagreement(AgreementParty.PERSON, why, { byJointPerson: true, jointPlan: false })).toThrow(expect.objectContaining({ details: { field: 'byJointPerson' } }));
    expect(() => parseDisagreement(AgreementParty.COUNCIL, why, { byJointPerson: true, jointPlan: true })).toThrow(expect.objectContaining({ details: { field: 'party' } }));
  });
});

describe('R2 who agrees the plan', () => {
  const capable = { capacityFor: null, relationships: [] };
  const lacking = { capacityFor: { hasCapacity: false }, relationships: [{ kind: RelationshipKind.ATTORNEY, powerScope: PowerScope.PROPERTY_AND_AFFAIRS }] };
  const welfareDeputy = { kind: RelationshipKind.DEPUTY, powerScope: PowerScope.HEALTH_AND_WELFARE };
  const r2 = expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R2' } });

  it('R2 capacity is presumed: the person agrees, or their representative; nobody decides in their best interests', () => {
    expect(assertAgreementAuthority(AgreementParty.PERSON, capable)).toBeNull();
    expect(assertAgreementAuthority(AgreementParty.REPRESENTATIVE, capable)).toBeNull();
    expect(() => assertAgreementAuthority(AgreementParty.BEST_INTERESTS, capable, { consulted: ['Ruth'], reasons: 'x'.repeat(30) })).toThrow(expect.objectContaining({ details: { field: 'party' } }));
    expect(() => assertAgreementAuthority(AgreementParty.COUNCIL, capable)).toThrow(expect.objectContaining({ details: { field: 'party' } }));
  });

  it('R2 lacking capacity to agree it, the person does not sign; an attorney or deputy for welfare does, or a recorded best-interests decision', () => {
    expect(() => assertAgreementAuthority(AgreementParty.PERSON, lacking)).toThrow(r2);
    expect(() => assertAgreementAuthority(AgreementParty.REPRESENTATIVE, lacking)).toThrow(r2);
    expect(assertAgreementAuthority(AgreementParty.REPRESENTATIVE, { ...lacking, relationships: [welfareDeputy] })).toBeNull();
    expect(assertAgreementAuthority(AgreementParty.PERSON, { ...capable, capacityFor: { hasCapacity: true } })).toBeNull();
    expect(() => assertAgreementAuthority(AgreementParty.BEST_INTERESTS, lacking, { consulted: [' '], reasons: 'x'.repeat(30) })).toThrow(
      expect.objectContaining({ details: { field: 'bestInterests.consulted' } }),
    );
    expect(() => assertAgreementAuthority(AgreementParty.BEST_INTERESTS, lacking, { consulted: ['Ruth'], reasons: 'short' })).toThrow(
      expect.objectContaining({ details: { field: 'bestInterests.reasons' } }),
    );
    expect(assertAgreementAuthority(AgreementParty.BEST_INTERESTS, lacking, { consulted: [' Ruth Okafor (daughter) ', 'Sam Idowu (advocate)'], reasons: 'She is settled with these carers and the plan keeps her at home, as she has always wished.' })).toEqual({
      consulted: ['Ruth Okafor (daughter)', 'Sam Idowu (advocate)'],
      reasons: 'She is settled with these carers and the plan keeps her at home, as she has always wished.',
    });
  });

  it('R9 R7 R2 a joint plan is agreed by both its people: its other person too, in their own right or for them as the law allows, and only while living', () => {
    const other = { ...capable, dateOfDeath: null };
    expect(assertJointAgreement(null, undefined)).toBeNull();
    expect(() => assertJointAgreement(null, AgreementParty.PERSON)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'jointParty' } }));
    expect(() => assertJointAgreement(other, null)).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R9' }, message: expect.stringContaining('jointParty') }));
    expect(assertJointAgreement(other, AgreementParty.PERSON)).toBeNull();
    expect(() => assertJointAgreement({ ...other, dateOfDeath: '2026-11-20' }, AgreementParty.PERSON)).toThrow(
      expect.objectContaining({ details: { rule: 'R7' }, message: expect.stringContaining('2026-11-20') }),
    );
    // The other person lacks capacity to agree it: their errors name their own fields.
    const lackingOther = { ...lacking, dateOfDeath: null };
    expect(() => assertJointAgreement(lackingOther, AgreementParty.PERSON)).toThrow(expect.objectContaining({ details: { rule: 'R2' }, message: expect.stringContaining('the other person of the joint plan') }));
    expect(() => assertJointAgreement(lackingOther, AgreementParty.BEST_INTERESTS, { consulted: [], reasons: 'x'.repeat(30) })).toThrow(
      expect.objectContaining({ details: { field: 'jointBestInterests.consulted' } }),
    );
    expect(assertJointAgreement(lackingOther, AgreementParty.BEST_INTERESTS, { consulted: ['Ruth Okafor (daughter)'], reasons: 'He wants to go on caring for her with this help.' })).toEqual({
      consulted: ['Ruth Okafor (daughter)'],
      reasons: 'He wants to go on caring for her with this help.',
    });
    expect(() => assertJointAgreement({ ...capable, dateOfDeath: null }, AgreementParty.BEST_INTERESTS, { consulted: ['Ruth'], reasons: 'x'.repeat(30) })).toThrow(
      expect.objectContaining({ details: { field: 'jointParty' } }),
    );
  });
});
