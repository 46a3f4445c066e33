import { ConsentPurpose, LocalDate, consentStands, parseConsent, withoutJointAssessmentConsent } from '../src';

const today = LocalDate.parse('2026-11-23');

describe('R7 consents to joint and combined plans and to sharing copies', () => {
  it('R7 sharing a copy names its recipients; other consents have none', () => {
    expect(parseConsent({ purpose: ConsentPurpose.SHARE_PLAN_COPY, givenOn: '2026-11-01', recipients: ['Dr Patel, GP', 'Dr Patel, GP', ' '] }, today).recipients).toEqual(['Dr Patel, GP']);
    expect(() => parseConsent({ purpose: ConsentPurpose.SHARE_PLAN_COPY, givenOn: '2026-11-01' }, today)).toThrow(expect.objectContaining({ details: { field: 'recipients' } }));
    expect(() => parseConsent({ purpose: ConsentPurpose.JOINT_PLAN, givenOn: '2026-11-01', recipients: ['x'] }, today)).toThrow(expect.objectContaining({ details: { field: 'recipients' } }));
  });

  it('R7 a consent cannot be dated in the future, and stands until the day it is withdrawn', () => {
    expect(() => parseConsent({ purpose: ConsentPurpose.JOINT_PLAN, givenOn: '2026-11-24' }, today)).toThrow(expect.objectContaining({ details: { field: 'givenOn' } }));
    expect(consentStands({ withdrawnOn: null }, today)).toBe(true);
    expect(consentStands({ withdrawnOn: '2026-11-23' }, today)).toBe(false);
    expect(consentStands({ withdrawnOn: '2026-12-01' }, today)).toBe(true);
  });

  it('a joint assessment rests on both people’s standing consent to it; the first without one is named', () => {
    const given = [{ purpose: ConsentPurpose.JOINT_ASSESSMENT, stands: true }];
    const withdrawn = [{ purpose: ConsentPurpose.JOINT_ASSESSMENT, stands: false }, { purpose: ConsentPurpose.JOINT_PLAN, stands: true }];
    expect(withoutJointAssessmentConsent([['person', given], ['carer', given]])).toBeNull();
    expect(withoutJointAssessmentConsent([['person', given], ['carer', withdrawn]])).toBe('carer');
    expect(withoutJointAssessmentConsent([['person', []], ['carer', withdrawn]])).toBe('person');
  });
});
