import {
  ACCOMMODATION_STATUS_LABELS,
  AccommodationStatus,
  CLIENT_TYPE_LABELS,
  ClientType,
  ETHNICITY_LABELS,
  Ethnicity,
  GENDER_LABELS,
  Gender,
  PRIMARY_SUPPORT_REASON_LABELS,
  PrimarySupportReason,
  parseCode,
  DELIVERY_MECHANISM_LABELS,
  DeliveryMechanism,
  SERVICE_COMPONENT_LABELS,
  SERVICE_TYPE_LABELS,
  ServiceComponent,
  ServiceType,
} from '../src';

describe('CLD code lists', () => {
  it.each([
    ['Gender', Gender, GENDER_LABELS],
    ['Ethnicity', Ethnicity, ETHNICITY_LABELS],
    ['AccommodationStatus', AccommodationStatus, ACCOMMODATION_STATUS_LABELS],
    ['PrimarySupportReason', PrimarySupportReason, PRIMARY_SUPPORT_REASON_LABELS],
    ['ClientType', ClientType, CLIENT_TYPE_LABELS],
    ['ServiceType', ServiceType, SERVICE_TYPE_LABELS],
    ['ServiceComponent', ServiceComponent, SERVICE_COMPONENT_LABELS],
    ['DeliveryMechanism', DeliveryMechanism, DELIVERY_MECHANISM_LABELS],
  ] as const)('CLD every %s value has its label', (_name, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual(Object.values(codes).sort());
    for (const label of Object.values(labels)) expect(label.length).toBeGreaterThan(0);
  });

  it('CLD codes are read in any case, and an unknown one names the field', () => {
    expect(parseCode(PrimarySupportReason, 'sensory_dual', 'primarySupportReason')).toBe(PrimarySupportReason.SENSORY_DUAL);
    expect(() => parseCode(Gender, 'SOMETIMES', 'gender')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'gender' } }));
  });
});
