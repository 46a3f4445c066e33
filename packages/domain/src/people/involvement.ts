import { PlanStatus } from '../enums';
import { Conflict } from '../errors';
import { RelationshipKind } from './relationships';

/** In what capacity someone took part in an assessment, a plan or a review (R1). */
export enum InvolvementRole {
  PERSON = 'PERSON',
  CARER = 'CARER',
  INDEPENDENT_ADVOCATE = 'INDEPENDENT_ADVOCATE',
  APPROPRIATE_INDIVIDUAL = 'APPROPRIATE_INDIVIDUAL',
  /** An attorney or deputy acting for the person. */
  REPRESENTATIVE = 'REPRESENTATIVE',
  FAMILY_OR_FRIEND = 'FAMILY_OR_FRIEND',
  /** Someone with specialist deafblind training (R2c), from the council or outside it. */
  DEAFBLIND_SPECIALIST = 'DEAFBLIND_SPECIALIST',
  PRACTITIONER = 'PRACTITIONER',
  OTHER_PROFESSIONAL = 'OTHER_PROFESSIONAL',
  OTHER = 'OTHER',
}

export const INVOLVEMENT_ROLE_LABELS: Record<InvolvementRole, string> = {
  PERSON: 'The person the plan, assessment or review is about.',
  CARER: 'An unpaid carer of the person.',
  INDEPENDENT_ADVOCATE: 'The person’s independent advocate (R2a).',
  APPROPRIATE_INDIVIDUAL: 'An appropriate individual supporting the person to be involved (Care Act s.67(5)).',
  REPRESENTATIVE: 'An attorney or deputy acting for the person.',
  FAMILY_OR_FRIEND: 'Family or a friend the person asked to take part.',
  DEAFBLIND_SPECIALIST: 'Someone with specialist deafblind training, from the council or outside it (R2c).',
  PRACTITIONER: 'A practitioner of the council.',
  OTHER_PROFESSIONAL: 'Another professional: a GP, a nurse, a provider.',
  OTHER: 'Anyone else the person asked to take part.',
};

/** Who must have taken part in planning before the plan can be agreed. */
export interface PlanningParticipants {
  /** The roles recorded as having taken part. */
  involved: readonly InvolvementRole[];
  /** The person's relationships on record: a carer or an advocate must take part too (R1). */
  relationships: readonly RelationshipKind[];
  /** A deafblind person's planning involves a deafblind specialist (R2c). */
  deafblind: boolean;
}

/**
 * R1 (Care Act s.25(3)): planning involves the person and any carer they have (and their advocate where
 * there is one); R2c: for a deafblind person, someone with specialist deafblind training. What is missing.
 */
export function missingParticipants(p: PlanningParticipants): Array<{ id: 'R1' | 'R2c'; label: string }> {
  const took = (role: InvolvementRole) => p.involved.includes(role);
  const missing: Array<{ id: 'R1' | 'R2c'; label: string }> = [];
  if (!took(InvolvementRole.PERSON)) missing.push({ id: 'R1', label: 'the person’s involvement in planning' });
  if (p.relationships.includes(RelationshipKind.UNPAID_CARER) && !took(InvolvementRole.CARER)) missing.push({ id: 'R1', label: 'the carer’s involvement in planning' });
  if (p.relationships.includes(RelationshipKind.INDEPENDENT_ADVOCATE) && !took(InvolvementRole.INDEPENDENT_ADVOCATE)) {
    missing.push({ id: 'R1', label: 'the advocate’s involvement in planning' });
  }
  if (p.deafblind && !took(InvolvementRole.DEAFBLIND_SPECIALIST)) missing.push({ id: 'R2c', label: 'a deafblind specialist’s involvement in planning' });
  return missing;
}

const BEFORE_AGREEMENT: readonly PlanStatus[] = [PlanStatus.DRAFT, PlanStatus.RETURNED, PlanStatus.PROPOSED, PlanStatus.AWAITING_APPROVAL, PlanStatus.APPROVED];

/** R1: who took part can be recorded at any stage up to agreement (an advocate may attend sign-off), not after. */
export function assertInvolvementRecordable(status: PlanStatus): void {
  if (!BEFORE_AGREEMENT.includes(status)) {
    throw new Conflict(`a plan that is ${status.toLowerCase().replace(/_/g, ' ')} was agreed already; record who took part in its revision or review`);
  }
}
