import {
  NeedCode,
  DeliveryMechanism,
  EligibilityFramework,
  FundingBasis,
  Nation,
  ServiceComponent,
  ServiceType,
  SupportKind,
  UnableReason,
  UnitType,
  determineEligibility,
  type NeedFacts,
} from '@careplan/domain';

/**
 * One person's casework in a nation, as rows the seed copies for every person there. Keys are column
 * names, so `jsonb_populate_recordset` turns each row into a row of the table; the eligibility
 * determination is made by the domain's own rules, so it reads back exactly as a completed assessment's.
 */
export interface Casework {
  needs: Array<Record<string, unknown>>;
  eligibility: Record<string, unknown>;
  /** The person's outcomes; support item n serves outcome n. */
  outcomes: Array<{ in_own_words: string }>;
  /** Support items and the cost line of each (one row has the columns of both tables). */
  support: Array<Record<string, unknown>>;
  finalWeeklyPence: number;
}

type Need = NeedFacts & { inOwnWords: string };

interface Support {
  need: string;
  kind: SupportKind;
  description: string;
  provider: string;
  schedule: string;
  frequency: string;
  component: ServiceComponent;
  unitType: UnitType;
  unitCostPence: number;
  unitsPerWeek: number;
}

function casework(framework: EligibilityFramework, needs: Need[], outcomes: string[], support: Support[], significantImpact: boolean): Casework {
  // The facts as completing an assessment records them.
  const facts = { framework, needsArise: true, healthAtRisk: false, significantImpact, needs: needs.map(({ inOwnWords: _words, ...n }) => n) };
  const determination = determineEligibility(facts);
  const costed = support.map((s) => ({ ...s, weeklyCostPence: s.unitCostPence * s.unitsPerWeek }));
  return {
    needs: needs.map((n) => ({
      outcome: n.outcome,
      unable_reasons: n.unableReasons,
      cannot_meet_alone: n.cannotMeetAlone ?? null,
      only_with_council_help: n.onlyWithCouncilHelp ?? null,
      in_own_words: n.inOwnWords,
      met_by_carer: n.metByCarer,
      met_by_other_service: n.metByOtherService,
    })),
    eligibility: {
      framework,
      inputs: facts,
      eligible: determination.eligible,
      eligible_if_carer_stopped: determination.eligibleIfCarerStopped,
      eligible_needs: determination.eligibleNeeds,
      council_must_meet: determination.councilMustMeet,
      path: determination.path,
      failed_condition: determination.failedCondition,
      rationale: determination.rationale,
    },
    outcomes: outcomes.map((in_own_words) => ({ in_own_words })),
    support: costed.map((s) => ({
      need: s.need,
      kind: s.kind,
      description: s.description,
      provider: s.provider,
      schedule: s.schedule,
      planned_units_per_week: s.unitsPerWeek,
      frequency: s.frequency,
      service_type: ServiceType.LONG_TERM_COMMUNITY,
      service_component: s.component,
      delivery_mechanism: DeliveryMechanism.COUNCIL_MANAGED_PERSONAL_BUDGET,
      unit_cost_pence: s.unitCostPence,
      unit_type: s.unitType,
      planned_hundredths_per_week: s.unitsPerWeek * 100,
      weekly_cost_pence: s.weeklyCostPence,
      funding_basis: FundingBasis.CARE_ACT,
    })),
    finalWeeklyPence: costed.reduce((sum, s) => sum + s.weeklyCostPence, 0),
  };
}

const none = { unableReasons: [], metByCarer: false, metByOtherService: false };

export const CASEWORK: Record<Nation, Casework> = {
  [Nation.ENGLAND]: casework(
    EligibilityFramework.ENGLAND_ADULT,
    [
      { ...none, outcome: NeedCode.NUTRITION, unableReasons: [UnableReason.NEEDS_HELP], metByCarer: true, inOwnWords: 'I forget whether I have eaten, and the cooker frightens me now.' },
      { ...none, outcome: NeedCode.PERSONAL_HYGIENE, unableReasons: [UnableReason.SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY], inOwnWords: 'Getting in the bath hurts my hip.' },
      { ...none, outcome: NeedCode.USING_HOME_SAFELY, unableReasons: [UnableReason.ENDANGERS_SELF_OR_OTHERS], inOwnWords: 'I left the gas on twice last month.' },
    ],
    ['To keep living in my own home.', 'To feel safe when my daughter is away.'],
    [
      { need: NeedCode.PERSONAL_HYGIENE, kind: SupportKind.COMMISSIONED_PROVIDER, description: 'Help to wash and dress each morning', provider: 'Riverside Home Care', schedule: 'mornings, 8–9am', frequency: 'daily', component: ServiceComponent.HOME_CARE, unitType: UnitType.HOUR, unitCostPence: 2_450, unitsPerWeek: 7 },
      { need: NeedCode.USING_HOME_SAFELY, kind: SupportKind.COMMISSIONED_PROVIDER, description: 'Monitored pendant alarm and gas safety valve', provider: 'Careline', schedule: 'at all times', frequency: 'continuous', component: ServiceComponent.TELECARE, unitType: UnitType.WEEK, unitCostPence: 850, unitsPerWeek: 1 },
    ],
    true,
  ),
  [Nation.WALES]: casework(
    EligibilityFramework.WALES_ADULT,
    [
      { ...none, outcome: NeedCode.SELF_CARE_OR_DOMESTIC_ROUTINES, cannotMeetAlone: true, onlyWithCouncilHelp: true, inOwnWords: 'I cannot get out of bed by myself.' },
      { ...none, outcome: NeedCode.SOCIAL_RELATIONSHIPS_AND_COMMUNITY, cannotMeetAlone: true, onlyWithCouncilHelp: true, inOwnWords: 'I have not left the flat since the winter.' },
    ],
    ['To get up and dressed at my own time.', 'To see people again every week.'],
    [
      { need: NeedCode.SELF_CARE_OR_DOMESTIC_ROUTINES, kind: SupportKind.COMMISSIONED_PROVIDER, description: 'Help to get up, wash and dress', provider: 'Gofal Cartref Cyf', schedule: 'mornings, 7:30–8:30am', frequency: 'daily', component: ServiceComponent.HOME_CARE, unitType: UnitType.HOUR, unitCostPence: 2_300, unitsPerWeek: 7 },
      { need: NeedCode.SOCIAL_RELATIONSHIPS_AND_COMMUNITY, kind: SupportKind.COMMUNITY_OR_VOLUNTARY, description: 'Lunch club at the community centre', provider: 'Canolfan Gymunedol', schedule: 'Wednesdays', frequency: 'weekly', component: ServiceComponent.DAY_CARE, unitType: UnitType.DAY, unitCostPence: 4_500, unitsPerWeek: 1 },
    ],
    false,
  ),
};
