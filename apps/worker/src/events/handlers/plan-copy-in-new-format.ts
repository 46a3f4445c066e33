import { AuthorityCode, copyOutOfFormat } from '@careplan/domain';
import { IssuePlanCopyToPersonDocument, PlanCopyFormatsDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R10, R2b: a person whose communication needs change (large print now, an interpreter's language) is not left
 * holding a copy of their plan they cannot read: when the copy last issued to them is no longer in the format
 * and language their record asks for, a new one is issued in it, and recorded as any copy is. None when no copy
 * was issued yet, or the last one still fits.
 */
export const planCopyInNewFormat = onEvent({
  name: 'plan-copy-in-new-format',
  handles: ['CommunicationNeedsSet'],
  async handle({ data, authority }, { graph, logger }) {
    const { person } = await graph(PlanCopyFormatsDocument, { person: data.personId });
    const plan = person?.currentPlan;
    if (!plan) return;
    const last = plan.copies.filter((c) => c.toPerson).at(-1) ?? null;
    if (!copyOutOfFormat(last, person.communicationNeeds ?? { formats: [] }, AuthorityCode.parse(authority).nation)) return;
    const { issuePlanCopy } = await graph(IssuePlanCopyToPersonDocument, { input: { planId: plan.id } });
    logger.info({ personId: data.personId, planId: plan.id, copyId: issuePlanCopy.id }, 'plan copy issued in the person’s new format');
  },
});
