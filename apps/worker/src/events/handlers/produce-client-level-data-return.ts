import { dataReturnsDir } from '@careplan/runtime';
import { DataReturnToBuildDocument, RecordDataReturnProgressDocument } from '../../graph/generated';
import { buildClientLevelDataReturn, deleteExpiredReturns } from '../../returns/client-level-data';
import { onEvent } from '../registry';

/**
 * Builds the CLD return a returns officer asked for (the job carries the return's id only). A return
 * already built or failed is left as it is, so a redelivered job does nothing; expired returns' files go first.
 */
export const produceClientLevelDataReturn = onEvent({
  name: 'produce-client-level-data-return',
  handles: ['ClientLevelDataReturnRequested'],
  async handle(event, { graph, logger }) {
    const dir = dataReturnsDir();
    await deleteExpiredReturns(graph, dir);
    const { dataReturn } = await graph(DataReturnToBuildDocument, { id: event.data.returnId });
    if (dataReturn.status !== 'QUEUED' && dataReturn.status !== 'RUNNING') return;
    try {
      await buildClientLevelDataReturn(graph, event.authority, dataReturn, dir, logger);
    } catch (err) {
      logger.error({ returnId: dataReturn.id, err: (err as Error).message }, 'client level data return failed');
      await graph(RecordDataReturnProgressDocument, { input: { id: dataReturn.id, peopleDone: 0, status: 'FAILED' } });
    }
  },
});
