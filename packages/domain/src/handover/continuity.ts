import { Nation } from '../enums';

/**
 * Which law makes the two councils work together when a person moves (R20–R22), by the nations of the
 * council the person leaves and the one they move to.
 */
export enum ContinuityDuty {
  /** England to England: Care Act 2014 ss.37–38 (notice, information, assessment, needs met from arrival). */
  CARE_ACT_S37_S38 = 'CARE_ACT_S37_S38',
  /** Wales to Wales: Social Services and Well-being (Wales) Act 2014 s.56, portability of care and support. */
  SSWBA_S56 = 'SSWBA_S56',
  /**
   * England to Wales or Wales to England: neither s.37 (England only) nor s.56 (Wales only) applies. The
   * councils follow the same journey by agreement; the receiving council's own duty to assess (Care Act
   * s.9, SSWBA s.19) applies once the person lives in its area, and no duty meets needs from arrival.
   */
  CROSS_BORDER_BY_AGREEMENT = 'CROSS_BORDER_BY_AGREEMENT',
}

export const CONTINUITY_DUTY_LABELS: Record<ContinuityDuty, string> = {
  CARE_ACT_S37_S38: 'Care Act 2014 ss.37–38: both councils in England must work together; the receiving council meets the needs in the current plan from the day of arrival until it has assessed.',
  SSWBA_S56: 'Social Services and Well-being (Wales) Act 2014 s.56: portability of care and support within Wales; the receiving council meets the needs in the current plan from the day of arrival until it has assessed.',
  CROSS_BORDER_BY_AGREEMENT:
    'A move between England and Wales: no statutory continuity duty crosses the border. The councils share information by agreement and the receiving council assesses under its own law; nothing is put in place automatically on arrival.',
};

/** The law a named contact's reminder cites for a step of the move (R21, R22). */
export const CONTINUITY_DUTY_CITATIONS: Record<ContinuityDuty, string> = {
  CARE_ACT_S37_S38: 'Care Act 2014 s.37',
  SSWBA_S56: 'Social Services and Well-being (Wales) Act 2014 s.56',
  CROSS_BORDER_BY_AGREEMENT: 'by agreement between the councils: no statutory duty crosses the border between England and Wales',
};

export function continuityDuty(from: Nation, to: Nation): ContinuityDuty {
  if (from !== to) return ContinuityDuty.CROSS_BORDER_BY_AGREEMENT;
  return from === Nation.ENGLAND ? ContinuityDuty.CARE_ACT_S37_S38 : ContinuityDuty.SSWBA_S56;
}

/** R22: whether the law makes the receiving council meet the existing plan's needs from the day of arrival. */
export function meetsNeedsFromArrival(duty: ContinuityDuty): boolean {
  return duty !== ContinuityDuty.CROSS_BORDER_BY_AGREEMENT;
}
