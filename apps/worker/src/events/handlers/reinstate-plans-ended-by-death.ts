import { ReinstatePlansEndedByDeathDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R17: a date of death removed from a person's record was recorded in error, so the plans the death ended come
 * back as they were; each then brings back its budget, direct payments and reviews. Again, it brings back nothing.
 */
export const reinstatePlansEndedByDeath = onEvent({
  name: 'reinstate-plans-ended-by-death',
  handles: ['DateOfDeathRemoved'],
  async handle({ data }, { graph, logger }) {
    const { reinstatePlansEndedByDeath } = await graph(ReinstatePlansEndedByDeathDocument, { input: { personId: data.personId } });
    logger.info({ personId: data.personId, reinstated: reinstatePlansEndedByDeath.map((p) => p.id) }, 'plans a death recorded in error had ended reinstated');
  },
});
