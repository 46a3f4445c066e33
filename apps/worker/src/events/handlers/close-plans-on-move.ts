import { ClosePlansOnMoveDocument } from '../../graph/generated';
import { onEvent } from '../registry';

/**
 * R22: when a person has arrived in the receiving council's area, the sending council's plans in force
 * end on the move date, without a review. Acts as the sending council; closing again closes nothing.
 */
export const closePlansOnMove = onEvent({
  name: 'close-plans-on-move',
  handles: ['HandoverArrived'],
  async handle(event, { graphFor, logger }) {
    const { closePlansOnMove } = await graphFor(event.data.fromAuthority)(ClosePlansOnMoveDocument, { input: { handoverId: event.data.handoverId } });
    logger.info({ handoverId: event.data.handoverId, closed: closePlansOnMove.map((p) => p.id) }, 'plans ended on the move');
  },
});
