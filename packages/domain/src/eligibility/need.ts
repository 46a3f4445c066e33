import { BadUserInput, RuleViolation } from '../errors';
import { Specialism } from '../people/practitioner';
import { EligibilityFramework, UnableReason, parseOutcome } from './outcomes';

export interface NeedInput {
  outcome: string;
  unableReasons?: readonly UnableReason[] | null;
  cannotMeetAlone?: boolean | null;
  onlyWithCouncilHelp?: boolean | null;
  inOwnWords: string;
  fluctuates?: boolean | null;
  observedOver?: string | null;
  metByCarer?: boolean | null;
  metByOtherService?: boolean | null;
  otherService?: string | null;
}

export interface ParsedNeed {
  outcome: string;
  unableReasons: UnableReason[];
  cannotMeetAlone: boolean | null;
  onlyWithCouncilHelp: boolean | null;
  inOwnWords: string;
  fluctuates: boolean;
  observedOver: string | null;
  metByCarer: boolean;
  metByOtherService: boolean;
  otherService: string | null;
}

const WALES = new Set([EligibilityFramework.WALES_ADULT, EligibilityFramework.WALES_CARER]);

/** Validates a need against the criteria of the person's nation: England asks why "unable", Wales the (c) and (d) tests. */
export function parseNeed(framework: EligibilityFramework, input: NeedInput): ParsedNeed {
  const outcome = parseOutcome(framework, input.outcome, 'outcome');
  const welsh = WALES.has(framework);
  const inOwnWords = input.inOwnWords.normalize('NFC').trim();
  if (!inOwnWords) throw new BadUserInput('inOwnWords', 'describe the need in the person’s own words');
  if (inOwnWords.length > 4000) throw new BadUserInput('inOwnWords', 'inOwnWords must be at most 4000 characters');
  if (welsh && (input.unableReasons?.length ?? 0) > 0) throw new BadUserInput('unableReasons', 'Welsh criteria do not use the English “unable” reasons; record cannotMeetAlone and onlyWithCouncilHelp');
  if (welsh && (input.cannotMeetAlone == null || input.onlyWithCouncilHelp == null)) {
    throw new BadUserInput(input.cannotMeetAlone == null ? 'cannotMeetAlone' : 'onlyWithCouncilHelp', 'Welsh criteria need both tests (c) and (d) recorded');
  }
  if (!welsh && (input.cannotMeetAlone != null || input.onlyWithCouncilHelp != null)) {
    throw new BadUserInput('cannotMeetAlone', 'cannotMeetAlone and onlyWithCouncilHelp belong to the Welsh criteria');
  }
  const fluctuates = input.fluctuates ?? false;
  const observedOver = input.observedOver?.trim() || null;
  if (fluctuates && !observedOver) throw new BadUserInput('observedOver', 'a fluctuating need is assessed over a period long enough to see the whole pattern; say which');
  const metByOtherService = input.metByOtherService ?? false;
  const otherService = input.otherService?.trim() || null;
  if (metByOtherService && !otherService) throw new BadUserInput('otherService', 'name the service that meets this need (NHS, housing…)');
  return {
    outcome,
    unableReasons: [...new Set(input.unableReasons ?? [])],
    cannotMeetAlone: welsh ? input.cannotMeetAlone! : null,
    onlyWithCouncilHelp: welsh ? input.onlyWithCouncilHelp! : null,
    inOwnWords,
    fluctuates,
    observedOver,
    metByCarer: input.metByCarer ?? false,
    metByOtherService,
    otherService,
  };
}

/** R2c: a deafblind person is assessed by a suitably qualified specialist. */
export function assertQualifiedAssessor(deafblind: boolean, assessorSpecialisms: readonly string[] | null): void {
  if (deafblind && !assessorSpecialisms?.includes(Specialism.DEAFBLIND_ASSESSOR)) {
    throw new RuleViolation('R2c', 'the person is deafblind: the assessment must be carried out by a qualified deafblind assessor');
  }
}
