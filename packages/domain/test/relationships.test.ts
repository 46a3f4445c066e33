import { LocalDate, PowerScope, RelationshipKind, ReviewState, bereavedCarers, carerStoppedCaring, deathRemovedWords, isCurrent, parseRelationship, promptedByDeathAfter, relationshipAfterDeath, withdrawnWithDeath } from '../src';

const today = LocalDate.parse('2026-11-23');

describe('R1 the people around a person', () => {
  it('R1 an unpaid carer records whether they are willing and able to care, with the date', () => {
    const carer = parseRelationship({ kind: RelationshipKind.UNPAID_CARER, name: ' Tom  Okafor ', relationshipToPerson: 'son', willingAndAble: false, willingAndAbleRecordedOn: '2026-11-20' }, today);
    expect(carer).toMatchObject({ name: 'Tom Okafor', willingAndAble: false, paid: false });
    expect(carer.willingAndAbleRecordedOn?.toString()).toBe('2026-11-20');
    expect(() => parseRelationship({ kind: RelationshipKind.UNPAID_CARER, name: 'Tom', willingAndAble: true }, today)).toThrow(
      expect.objectContaining({ details: { field: 'willingAndAbleRecordedOn' } }),
    );
    expect(() => parseRelationship({ kind: RelationshipKind.UNPAID_CARER, name: 'Tom', paid: true }, today)).toThrow(expect.objectContaining({ details: { field: 'paid' } }));
  });

  it('R1 attorneys and deputies say what they may decide; nobody else has a scope', () => {
    expect(parseRelationship({ kind: RelationshipKind.ATTORNEY, name: 'A', powerScope: PowerScope.PROPERTY_AND_AFFAIRS }, today).powerScope).toBe(PowerScope.PROPERTY_AND_AFFAIRS);
    expect(() => parseRelationship({ kind: RelationshipKind.DEPUTY, name: 'D' }, today)).toThrow(expect.objectContaining({ details: { field: 'powerScope' } }));
    expect(() => parseRelationship({ kind: RelationshipKind.HOUSEHOLD_MEMBER, name: 'H', powerScope: PowerScope.HEALTH_AND_WELFARE }, today)).toThrow(
      expect.objectContaining({ details: { field: 'powerScope' } }),
    );
  });

  it('R2a an independent advocate names the provider and the day appointed; an end is not before the start', () => {
    expect(() => parseRelationship({ kind: RelationshipKind.INDEPENDENT_ADVOCATE, name: 'Sam', startedOn: '2026-11-01' }, today)).toThrow(
      expect.objectContaining({ details: { field: 'organisation' } }),
    );
    expect(() => parseRelationship({ kind: RelationshipKind.INDEPENDENT_ADVOCATE, name: 'Sam', organisation: 'VoiceAbility', startedOn: '2026-11-01', endedOn: '2026-10-01' }, today)).toThrow(
      expect.objectContaining({ details: { field: 'endedOn' } }),
    );
  });

  it('R1 refuses an empty name and markup', () => {
    expect(() => parseRelationship({ kind: RelationshipKind.GP_PRACTICE, name: '  ' }, today)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'name' } }));
    expect(() => parseRelationship({ kind: RelationshipKind.GP_PRACTICE, name: '<b>x</b>' }, today)).toThrow(expect.objectContaining({ details: { field: 'name' } }));
  });

  it('R1 a relationship is current from its start until the day it ends', () => {
    expect(isCurrent({ startedOn: '2026-11-24', endedOn: null }, today)).toBe(false);
    expect(isCurrent({ startedOn: '2026-11-23', endedOn: null }, today)).toBe(true);
    expect(isCurrent({ startedOn: null, endedOn: '2026-11-23' }, today)).toBe(false);
    expect(isCurrent({ startedOn: null, endedOn: '2026-11-24' }, today)).toBe(true);
  });

  it('R14 a carer stops caring when no longer willing and able, or when their caring ends; other edits and other relationships are no change', () => {
    const caring = { willingAndAble: true, endedOn: null };
    const { UNPAID_CARER, APPROPRIATE_INDIVIDUAL } = RelationshipKind;
    expect(carerStoppedCaring(UNPAID_CARER, caring, { willingAndAble: false, endedOn: null })).toBe(true);
    expect(carerStoppedCaring(UNPAID_CARER, { willingAndAble: null, endedOn: null }, { willingAndAble: false, endedOn: null })).toBe(true);
    expect(carerStoppedCaring(UNPAID_CARER, caring, { willingAndAble: true, endedOn: '2026-11-30' })).toBe(true);
    expect(carerStoppedCaring(UNPAID_CARER, caring, caring)).toBe(false);
    expect(carerStoppedCaring(UNPAID_CARER, { willingAndAble: false, endedOn: null }, { willingAndAble: false, endedOn: null })).toBe(false);
    expect(carerStoppedCaring(UNPAID_CARER, { willingAndAble: true, endedOn: '2026-11-30' }, { willingAndAble: true, endedOn: '2026-12-30' })).toBe(false);
    expect(carerStoppedCaring(APPROPRIATE_INDIVIDUAL, caring, { willingAndAble: false, endedOn: '2026-11-30' })).toBe(false);
  });

  it('R14 a person’s death ends the caring of each unpaid carer with a record of their own, once each; paid carers and others are not their carers', () => {
    const r = (kind: RelationshipKind, relatedPersonId: string | null, paid = false) => ({ kind, relatedPersonId, paid });
    const K = RelationshipKind;
    const theirs = [r(K.UNPAID_CARER, 'daughter'), r(K.UNPAID_CARER, 'daughter'), r(K.UNPAID_CARER, null), r(K.UNPAID_CARER, 'agency-worker', true), r(K.HOUSEHOLD_MEMBER, 'lodger'), r(K.ATTORNEY, 'son')];
    expect(bereavedCarers(theirs)).toEqual(['daughter']);
  });

  it('R14 R2a a relationship with a person who died ends on the date of death, moves with a corrected date, and stands again when the date is removed, with the end it had; one ended otherwise is left', () => {
    const standing = { startedOn: '2020-01-01', endedOn: null, endedForDeath: false, endedOnBeforeDeath: null };
    expect(relationshipAfterDeath(standing, '2026-11-20')).toEqual({ endedOn: '2026-11-20', endedForDeath: true, endedOnBeforeDeath: null });
    expect(relationshipAfterDeath(standing, null)).toBeNull();
    const ended = { startedOn: '2020-01-01', endedOn: '2026-11-20', endedForDeath: true, endedOnBeforeDeath: null };
    expect(relationshipAfterDeath(ended, '2026-11-20')).toBeNull();
    expect(relationshipAfterDeath(ended, '2026-11-17')).toEqual({ endedOn: '2026-11-17', endedForDeath: true, endedOnBeforeDeath: null });
    expect(relationshipAfterDeath(ended, null)).toEqual({ endedOn: null, endedForDeath: false, endedOnBeforeDeath: null });
    // A carer who was to stop on 1 January: the death ends it sooner, and its removal gives the planned end back.
    const planned = { ...standing, endedOn: '2027-01-01' };
    const endedSooner = relationshipAfterDeath(planned, '2026-11-20')!;
    expect(endedSooner).toEqual({ endedOn: '2026-11-20', endedForDeath: true, endedOnBeforeDeath: '2027-01-01' });
    expect(relationshipAfterDeath({ ...planned, ...endedSooner }, null)).toEqual({ endedOn: '2027-01-01', endedForDeath: false, endedOnBeforeDeath: null });
    expect(relationshipAfterDeath({ ...planned, ...endedSooner }, '2026-12-01')).toEqual({ endedOn: '2026-12-01', endedForDeath: true, endedOnBeforeDeath: '2027-01-01' });
    // The date corrected to after the planned end: it ended on its own day, not for the death.
    expect(relationshipAfterDeath({ ...planned, ...endedSooner }, '2027-02-01')).toEqual({ endedOn: '2027-01-01', endedForDeath: false, endedOnBeforeDeath: null });
    // Ended before the death, or starting after it: not the death's to end.
    expect(relationshipAfterDeath({ ...standing, startedOn: null, endedOn: '2026-10-01' }, '2026-11-20')).toBeNull();
    expect(relationshipAfterDeath({ ...standing, startedOn: '2026-12-01' }, '2026-11-20')).toBeNull();
  });

  it('R14 a review a death prompted answers that death alone only while no other change asks for it', () => {
    const tagged = { promptedByDeathOf: 'dee' };
    expect(promptedByDeathAfter(tagged, 'dee')).toBe('dee');
    expect(promptedByDeathAfter(tagged, null)).toBeNull();
    expect(promptedByDeathAfter(tagged, 'ola')).toBeNull();
    expect(promptedByDeathAfter({ promptedByDeathOf: null }, 'dee')).toBeNull();
  });

  it('R14 a review a death prompted is withdrawn once that death is found recorded in error, unless it has started', () => {
    expect(withdrawnWithDeath({ state: ReviewState.OPEN })).toBe(true);
    for (const state of [ReviewState.IN_PROGRESS, ReviewState.COMPLETED, ReviewState.CANCELLED]) expect(withdrawnWithDeath({ state })).toBe(false);
    expect(deathRemovedWords('2026-11-23')).toBe('The death that prompted this review was recorded in error: the date of death was removed from the record on 2026-11-23.');
  });
});
