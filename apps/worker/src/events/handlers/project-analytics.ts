import { ANALYTICS_EVENTS, factsOf } from '../../analytics/facts';
import { RecordAnalyticsFactsDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * domain.md §8: projects the events analytics follows into its pseudonymised read model, so analytics
 * never reads the live records. The event id is the read model's key: the same event twice counts once.
 */
export const projectAnalytics = onEvent({
  name: 'project-analytics',
  handles: ANALYTICS_EVENTS,
  async handle(event, { graph, logger }) {
    const input = await factsOf(event, graph);
    if (!input) {
      logger.info('analytics: the record is gone, nothing to project');
      return;
    }
    const { recordAnalyticsFacts } = await graph(RecordAnalyticsFactsDocument, { input });
    logger.debug({ duplicate: recordAnalyticsFacts.duplicate }, 'analytics facts recorded');
  },
});
