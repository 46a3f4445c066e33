import { AuthorityCode, copyOutOfFormat, isPlanHistory, type IssuedFormat } from '@careplan/domain';
import { IssuePlanCopyToPersonDocument, PlanCopyFormatsDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R10, R2b: a person whose communication needs change (large print now, an interpreter's language) is not left
 * holding a copy of a plan they cannot read: when the copy last issued to them — of their current plan, or as the
 * other person of a joint plan not yet ended (R7) — is no longer in the format and language their record asks
 * for, a new one is issued in it, and recorded as any copy is. None when no copy was issued yet, or it still fits.
 */
export const planCopyInNewFormat = onEvent({
  name: 'plan-copy-in-new-format',
  handles: ['CommunicationNeedsSet'],
  async handle({ data, authority }, { graph, logger }) {
    const { person, jointPlansOf } = await graph(PlanCopyFormatsDocument, { person: data.personId });
    if (!person) return;
    const needs = person.communicationNeeds ?? { formats: [] };
    const outOfFormat = (copies: IssuedFormat[]) => copyOutOfFormat(copies.at(-1) ?? null, needs, AuthorityCode.parse(authority).nation);
    const due = [
      ...(person.currentPlan && outOfFormat(person.currentPlan.copies.filter((c) => c.toPerson)) ? [{ planId: person.currentPlan.id, toJointPerson: false }] : []),
      ...jointPlansOf.filter((p) => !isPlanHistory(p.status) && outOfFormat(p.copies.filter((c) => c.toJointPerson))).map((p) => ({ planId: p.id, toJointPerson: true })),
    ];
    for (const input of due) {
      const { issuePlanCopy } = await graph(IssuePlanCopyToPersonDocument, { input });
      logger.info({ personId: data.personId, planId: input.planId, copyId: issuePlanCopy.id }, 'plan copy issued in the person’s new format');
    }
  },
});
