import { DeliveryMechanism, type ServiceComponent, type ServiceType } from '../client-level-data';
import { BadUserInput } from '../errors';

/** R6: how a need is met. An open list of ways, not a closed menu of services. */
export enum SupportKind {
  COUNCIL_PROVIDED = 'COUNCIL_PROVIDED',
  COMMISSIONED_PROVIDER = 'COMMISSIONED_PROVIDER',
  DIRECT_PAYMENT = 'DIRECT_PAYMENT',
  INDIVIDUAL_SERVICE_FUND = 'INDIVIDUAL_SERVICE_FUND',
  COMMUNITY_OR_VOLUNTARY = 'COMMUNITY_OR_VOLUNTARY',
  EQUIPMENT_OR_ADAPTATION = 'EQUIPMENT_OR_ADAPTATION',
  INFORMATION_AND_ADVICE = 'INFORMATION_AND_ADVICE',
}

export interface SupportItemInput {
  need: string;
  kind: SupportKind;
  description: string;
  provider?: string | null;
  /** When it happens, in words ("mornings, 8–9am"). */
  schedule?: string | null;
  plannedUnitsPerWeek?: number | null;
  /** How often, in words ("twice a day", "every other Saturday"). */
  frequency?: string | null;
  serviceType?: ServiceType | null;
  serviceComponent?: ServiceComponent | null;
  deliveryMechanism?: DeliveryMechanism | null;
  /** The desired outcomes (by id) this support serves. */
  outcomeIds?: readonly string[] | null;
}

export interface SupportItem {
  need: string;
  kind: SupportKind;
  description: string;
  provider: string | null;
  schedule: string | null;
  plannedUnitsPerWeek: number | null;
  frequency: string | null;
  serviceType: ServiceType | null;
  serviceComponent: ServiceComponent | null;
  deliveryMechanism: DeliveryMechanism | null;
  outcomeIds: string[];
}

function text(raw: string | null | undefined, field: string, max: number): string | null {
  const value = raw?.normalize('NFC').trim() ?? '';
  if (value.length > max) throw new BadUserInput(field, `${field} must be at most ${max} characters`);
  return value || null;
}

/**
 * R6: a support item meets one of the plan's eligible needs in a stated way; someone provides it unless
 * it is advice or equipment, and planned units are a sensible weekly figure.
 */
export function parseSupportItem(input: SupportItemInput, eligibleNeeds: readonly string[]): SupportItem {
  if (!eligibleNeeds.includes(input.need)) throw new BadUserInput('need', `${input.need} is not an eligible need from the plan’s assessment`);
  const description = text(input.description, 'description', 2000);
  if (!description) throw new BadUserInput('description', 'describe how the support meets the need');
  const provider = text(input.provider, 'provider', 200);
  const needsProvider = ![SupportKind.INFORMATION_AND_ADVICE, SupportKind.EQUIPMENT_OR_ADAPTATION, SupportKind.DIRECT_PAYMENT].includes(input.kind);
  if (needsProvider && !provider) throw new BadUserInput('provider', 'say who provides this support');
  const units = input.plannedUnitsPerWeek ?? null;
  if (units !== null && (!Number.isFinite(units) || units < 0 || units > 168 * 4)) {
    throw new BadUserInput('plannedUnitsPerWeek', 'planned units per week must be between 0 and 672 (quarter hours in a week)');
  }
  const paidDirectly = input.kind === SupportKind.DIRECT_PAYMENT;
  if (input.deliveryMechanism && paidDirectly !== (input.deliveryMechanism === DeliveryMechanism.DIRECT_PAYMENT)) {
    throw new BadUserInput('deliveryMechanism', 'the delivery mechanism is DIRECT_PAYMENT exactly when the support is a direct payment');
  }
  return {
    need: input.need,
    kind: input.kind,
    description,
    provider,
    schedule: text(input.schedule, 'schedule', 500),
    plannedUnitsPerWeek: units,
    frequency: text(input.frequency, 'frequency', 200),
    serviceType: input.serviceType ?? null,
    serviceComponent: input.serviceComponent ?? null,
    deliveryMechanism: input.deliveryMechanism ?? (input.kind === SupportKind.DIRECT_PAYMENT ? DeliveryMechanism.DIRECT_PAYMENT : null),
    outcomeIds: [...new Set(input.outcomeIds ?? [])],
  };
}
