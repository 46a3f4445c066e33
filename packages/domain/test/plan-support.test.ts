import { DeliveryMechanism, ServiceComponent, ServiceType, SupportKind, parseSupportItem } from '../src';

const eligible = ['NUTRITION', 'USING_HOME_SAFELY'];

describe('R6 how needs are met', () => {
  it.each(Object.values(SupportKind))('R6 %s is a way to meet a need', (kind) => {
    const item = parseSupportItem({ need: 'NUTRITION', kind, description: 'Help to plan and cook two hot meals a day.', provider: 'Hackney Homecare' }, eligible);
    expect(item).toMatchObject({ need: 'NUTRITION', kind });
  });

  it('R6 support meets an eligible need of the plan, in words, from someone named', () => {
    expect(() => parseSupportItem({ need: 'TOILET_NEEDS', kind: SupportKind.COUNCIL_PROVIDED, description: 'x', provider: 'p' }, eligible)).toThrow(expect.objectContaining({ details: { field: 'need' } }));
    expect(() => parseSupportItem({ need: 'NUTRITION', kind: SupportKind.COMMISSIONED_PROVIDER, description: ' ' }, eligible)).toThrow(expect.objectContaining({ details: { field: 'description' } }));
    expect(() => parseSupportItem({ need: 'NUTRITION', kind: SupportKind.COMMISSIONED_PROVIDER, description: 'Meals' }, eligible)).toThrow(expect.objectContaining({ details: { field: 'provider' } }));
    expect(parseSupportItem({ need: 'USING_HOME_SAFELY', kind: SupportKind.EQUIPMENT_OR_ADAPTATION, description: 'Gas safety valve' }, eligible).provider).toBeNull();
    expect(() => parseSupportItem({ need: 'NUTRITION', kind: SupportKind.DIRECT_PAYMENT, description: 'PA', plannedUnitsPerWeek: -1 }, eligible)).toThrow(expect.objectContaining({ details: { field: 'plannedUnitsPerWeek' } }));
  });

  it('R6 carries the national service codes; a direct payment is delivered as one', () => {
    const dp = parseSupportItem({ need: 'NUTRITION', kind: SupportKind.DIRECT_PAYMENT, description: 'A personal assistant', serviceType: ServiceType.LONG_TERM_COMMUNITY, serviceComponent: ServiceComponent.PERSONAL_ASSISTANT }, eligible);
    expect(dp).toMatchObject({ deliveryMechanism: DeliveryMechanism.DIRECT_PAYMENT, serviceComponent: ServiceComponent.PERSONAL_ASSISTANT });
    expect(() =>
      parseSupportItem({ need: 'NUTRITION', kind: SupportKind.COMMISSIONED_PROVIDER, description: 'Homecare', provider: 'p', deliveryMechanism: DeliveryMechanism.DIRECT_PAYMENT }, eligible),
    ).toThrow(expect.objectContaining({ details: { field: 'deliveryMechanism' } }));
  });
});
