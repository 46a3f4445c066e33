import { AssessmentsFollowDeathDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * Nobody is left assessing a person who died: once a date of death is recorded their assessments not yet
 * completed are withdrawn on it, and they follow the date if it is corrected or removed as recorded in error.
 */
export const assessmentsFollowDeath = onEvent({
  name: 'assessments-follow-death',
  handles: ['PersonDied', 'DateOfDeathCorrected', 'DateOfDeathRemoved'],
  async handle({ data }, { graph, logger }) {
    const { assessmentsFollowDeath } = await graph(AssessmentsFollowDeathDocument, { input: { personId: data.personId } });
    logger.info({ personId: data.personId, changed: assessmentsFollowDeath.map((a) => a.id) }, 'assessments followed the date of death');
  },
});
