import {
  ACCOMMODATION_STATUS_LABELS,
  AccommodationStatus,
  BadUserInput,
  CLIENT_TYPE_LABELS,
  ClientType,
  DELIVERY_MECHANISM_LABELS,
  DeliveryMechanism,
  ETHNICITY_LABELS,
  Ethnicity,
  GENDER_LABELS,
  Gender,
  PRIMARY_SUPPORT_REASON_LABELS,
  PrimarySupportReason,
  SERVICE_COMPONENT_LABELS,
  SERVICE_TYPE_LABELS,
  ServiceComponent,
  ServiceType,
  parseCode,
} from '../src';

const LISTS = [
  ['Gender', Gender, GENDER_LABELS],
  ['Ethnicity', Ethnicity, ETHNICITY_LABELS],
  ['AccommodationStatus', AccommodationStatus, ACCOMMODATION_STATUS_LABELS],
  ['PrimarySupportReason', PrimarySupportReason, PRIMARY_SUPPORT_REASON_LABELS],
  ['ClientType', ClientType, CLIENT_TYPE_LABELS],
  ['ServiceType', ServiceType, SERVICE_TYPE_LABELS],
  ['ServiceComponent', ServiceComponent, SERVICE_COMPONENT_LABELS],
  ['DeliveryMechanism', DeliveryMechanism, DELIVERY_MECHANISM_LABELS],
] as const;

describe('CLD code lists', () => {
  it.each(LISTS)('CLD every %s value has exactly one label, and no two values share one', (_name, codes, labels) => {
    const values = Object.values(codes) as string[];
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    const texts = Object.values(labels) as string[];
    for (const label of texts) expect(label.trim()).not.toBe('');
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(LISTS)('CLD %s values can be GraphQL enum values (keys equal values, SCREAMING_SNAKE)', (_name, codes) => {
    for (const [key, value] of Object.entries(codes)) {
      expect(value).toBe(key);
      expect(value).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('CLD lists carry the defined-list wording of the return', () => {
    expect(Object.values(Gender)).toHaveLength(4);
    expect(GENDER_LABELS[Gender.OTHER]).toBe('Other');
    expect(Object.values(Ethnicity)).toHaveLength(21);
    expect(ETHNICITY_LABELS[Ethnicity.WHITE_BRITISH]).toBe('White - English, Welsh, Scottish, Northern Irish or British');
    expect(ETHNICITY_LABELS[Ethnicity.ASIAN_CHINESE]).toBe('Asian or Asian British - Chinese');
    expect(ETHNICITY_LABELS[Ethnicity.REFUSED]).toBe('No data - Refused');
    expect(ETHNICITY_LABELS[Ethnicity.NOT_KNOWN]).toBe('No data - Undeclared or Not known');
    expect(Object.values(AccommodationStatus)).toHaveLength(20);
    expect(ACCOMMODATION_STATUS_LABELS[AccommodationStatus.SHORT_TERM_GUEST]).toBe('Staying with family / friends as a short-term guest');
    expect(ACCOMMODATION_STATUS_LABELS[AccommodationStatus.TEMPORARY_ACCOMMODATION_BY_COUNCIL]).toBe(
      'Placed in temporary accommodation by the council (inc. homelessness resettlement)',
    );
    expect(Object.values(PrimarySupportReason)).toHaveLength(13);
    expect(PRIMARY_SUPPORT_REASON_LABELS[PrimarySupportReason.SENSORY_DUAL]).toBe('Sensory Support: Support for dual impairment');
    expect(PRIMARY_SUPPORT_REASON_LABELS[PrimarySupportReason.SOCIAL_ISOLATION_OR_OTHER]).toBe('Social Support: Support for Social Isolation/Other');
    expect(CLIENT_TYPE_LABELS[ClientType.CARER_KNOWN_BY_ASSOCIATION]).toBe('Carer known by association');
  });

  it('CLD parseCode reads a code in any case, ignoring surrounding space', () => {
    expect(parseCode(PrimarySupportReason, 'sensory_dual', 'primarySupportReason')).toBe(PrimarySupportReason.SENSORY_DUAL);
    expect(parseCode(AccommodationStatus, '  Short_Term_Guest ', 'accommodationStatus')).toBe(AccommodationStatus.SHORT_TERM_GUEST);
    expect(parseCode(ClientType, 'CARER', 'clientType')).toBe(ClientType.CARER);
    expect(parseCode(Ethnicity, 'not_known', 'ethnicity')).toBe(Ethnicity.NOT_KNOWN);
  });

  it.each<[string, Record<string, string>, string]>([
    ['SOMETIMES', Gender, 'gender'],
    ['', Gender, 'gender'],
    ['INDETERMINATE', Gender, 'gender'], // NHS Data Dictionary value, not a CLD one
    ['CHINESE', Ethnicity, 'ethnicity'], // 2001 Census placing; CLD has ASIAN_CHINESE
    ['SERVICE USER', ClientType, 'clientType'], // a label is not a code
    ['Tenant - private landlord', AccommodationStatus, 'accommodationStatus'],
    ['toString', PrimarySupportReason, 'person.primarySupportReason'],
  ])('CLD parseCode refuses %p with BAD_USER_INPUT naming the field', (raw, codes, field) => {
    expect(() => parseCode(codes, raw, field)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }));
  });

  it('CLD parseCode refuses a value from another list, and does not echo what was sent', () => {
    let caught: unknown;
    try {
      parseCode(Ethnicity, 'MENTAL_HEALTH', 'ethnicity');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(BadUserInput);
    expect(caught).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'ethnicity' } });
    expect((caught as Error).message).toContain('ethnicity');
    expect((caught as Error).message).not.toContain('MENTAL_HEALTH');
  });
});
