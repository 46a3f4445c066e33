import {
  AdvocacyReason,
  InvolvementDifficulty,
  LocalDate,
  NO_ADVOCACY_FACTS,
  RelationshipKind,
  advocacyRequirement,
  assertAdvocacySatisfied,
  parseRelationship,
  type AdvocacyFacts,
  type RelationshipFacts,
} from '../src';

const today = LocalDate.parse('2026-11-23');
const facts = (over: Partial<AdvocacyFacts> = {}): AdvocacyFacts => ({ ...NO_ADVOCACY_FACTS, ...over });
const rel = (kind: RelationshipKind, over: Partial<RelationshipFacts> = {}): RelationshipFacts => ({ kind, paid: false, startedOn: null, endedOn: null, ...over });
const daughter = rel(RelationshipKind.APPROPRIATE_INDIVIDUAL);
const advocate = rel(RelationshipKind.INDEPENDENT_ADVOCATE, { startedOn: '2026-10-01' });

describe('R2a advocacy duty', () => {
  it.each(Object.values(InvolvementDifficulty))('R2a substantial difficulty with %s and no appropriate individual requires an advocate', (difficulty) => {
    expect(advocacyRequirement(facts({ difficulties: [difficulty] }), [], today)).toEqual({
      required: true,
      reasons: [AdvocacyReason.NO_APPROPRIATE_INDIVIDUAL],
      appropriateIndividual: false,
      advocateRecorded: false,
    });
  });

  it('R2a no substantial difficulty: no duty, even with a long stay likely and nobody to help', () => {
    const r = advocacyRequirement(facts({ likelyHospitalStay28Days: true, likelyCareHomeStay8Weeks: true }), [], today);
    expect(r).toMatchObject({ required: false, reasons: [] });
  });

  it('R2a an appropriate individual removes the duty when nothing else applies', () => {
    expect(advocacyRequirement(facts({ difficulties: [InvolvementDifficulty.RETAINING] }), [daughter], today).required).toBe(false);
  });

  it('R2a a paid carer is never appropriate: recording one is refused, and one on record does not count', () => {
    expect(() => parseRelationship({ kind: RelationshipKind.APPROPRIATE_INDIVIDUAL, name: 'Care Worker', paid: true }, today)).toThrow(
      expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R2a' } }),
    );
    const r = advocacyRequirement(facts({ difficulties: [InvolvementDifficulty.COMMUNICATING] }), [rel(RelationshipKind.APPROPRIATE_INDIVIDUAL, { paid: true })], today);
    expect(r).toMatchObject({ required: true, appropriateIndividual: false });
  });

  it('R2a an appropriate individual who has stepped down no longer counts', () => {
    const ended = rel(RelationshipKind.APPROPRIATE_INDIVIDUAL, { startedOn: '2025-01-01', endedOn: '2026-11-01' });
    expect(advocacyRequirement(facts({ difficulties: [InvolvementDifficulty.UNDERSTANDING] }), [ended], today).required).toBe(true);
  });

  it.each([
    ['likelyHospitalStay28Days', AdvocacyReason.LIKELY_HOSPITAL_STAY_28_DAYS],
    ['likelyCareHomeStay8Weeks', AdvocacyReason.LIKELY_CARE_HOME_STAY_8_WEEKS],
    ['disagreementAdvocateWouldHelp', AdvocacyReason.DISAGREEMENT_WITH_APPROPRIATE_INDIVIDUAL],
  ] as const)('R2a %s requires an advocate even with an appropriate individual', (fact, reason) => {
    const r = advocacyRequirement(facts({ difficulties: [InvolvementDifficulty.USING_OR_WEIGHING], [fact]: true }), [daughter], today);
    expect(r).toEqual({ required: true, reasons: [reason], appropriateIndividual: true, advocateRecorded: false });
  });

  it('R2a the guard refuses while an advocate is required and none is recorded, and passes once one is', () => {
    const need = facts({ difficulties: [InvolvementDifficulty.UNDERSTANDING] });
    expect(() => assertAdvocacySatisfied(advocacyRequirement(need, [], today), 'sign off the plan')).toThrow(
      expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'R2a' } }),
    );
    expect(() => assertAdvocacySatisfied(advocacyRequirement(need, [advocate], today), 'sign off the plan')).not.toThrow();
    const ended = rel(RelationshipKind.INDEPENDENT_ADVOCATE, { startedOn: '2026-01-01', endedOn: '2026-06-30' });
    expect(() => assertAdvocacySatisfied(advocacyRequirement(need, [ended], today), 'complete the review')).toThrow(/independent advocate is required/);
  });
});
