import type { Logger } from '@careplan/runtime';
import { Batcher } from '../batcher';
import type { ServiceGraph } from '../events/service-graph';
import {
  PrepareDeliveriesDocument,
  RecordDeliveryAttemptsDocument,
  type DeliveryAttemptInput,
  type PrepareDeliveriesQuery,
  type RecordDeliveryAttemptsMutation,
} from '../graph/generated';
import type { WorkerMetrics } from '../metrics';
import { postWebhook, type Mailer } from './transports';

type Prepared = PrepareDeliveriesQuery['preparedDeliveries'][number];
type Recorded = RecordDeliveryAttemptsMutation['recordDeliveryAttempts'][number];

/**
 * Sends one delivery at a time, each built at send time by the reviews subgraph. Every attempt is
 * recorded; a failure is thrown so the queue retries with backoff, and the last one leaves the delivery
 * FAILED. The deliveries in hand for a council are built, and their attempts recorded, a page per graph
 * call; each is sent on its own.
 */
export function deliverer(graph: ServiceGraph, mailer: Mailer, logger: Logger, metrics: WorkerMetrics) {
  const prepare = new Batcher<string, Prepared>(async (authority, ids) => (await graph.for(authority)(PrepareDeliveriesDocument, { ids })).preparedDeliveries);
  const record = new Batcher<DeliveryAttemptInput, Recorded>(async (authority, attempts) => (await graph.for(authority)(RecordDeliveryAttemptsDocument, { input: { attempts } })).recordDeliveryAttempts);

  return async function deliver(authority: string, deliveryId: string, attempt: { final: boolean }): Promise<void> {
    const prepared = await prepare.add(authority, deliveryId);
    if (!prepared) throw new Error(`delivery ${deliveryId} is not one of the council's`);
    if (prepared.delivery.state !== 'PENDING') {
      logger.info({ authority, deliveryId, state: prepared.delivery.state }, 'delivery already settled');
      return;
    }
    if (prepared.withdrawn) {
      // R18: its review was done or called off before the reminder went: recorded, never sent.
      await record.add(authority, { id: deliveryId, delivered: false, final: true, withdrawn: true, error: prepared.withdrawn });
      metrics.delivery(prepared.delivery.channel, 'withdrawn');
      logger.info({ authority, deliveryId, channel: prepared.delivery.channel }, 'delivery withdrawn');
      return;
    }
    if (prepared.undeliverable || (prepared.email && !mailer.configured)) {
      const error = prepared.undeliverable ?? 'no SMTP server is configured (SMTP_URL)';
      await record.add(authority, { id: deliveryId, delivered: false, final: true, error });
      metrics.delivery(prepared.delivery.channel, 'undeliverable');
      logger.warn({ authority, deliveryId, channel: prepared.delivery.channel, error }, 'delivery cannot be sent');
      return;
    }
    try {
      if (prepared.webhook) await postWebhook(prepared.webhook);
      else await mailer.send(prepared.email!);
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await record.add(authority, { id: deliveryId, delivered: false, final: attempt.final, error });
      metrics.delivery(prepared.delivery.channel, 'failed');
      // The full message goes to the delivery record (for managers); logs get a code, never an address.
      logger.warn({ authority, deliveryId, channel: prepared.delivery.channel, final: attempt.final, reason: (err as { code?: string }).code ?? (prepared.webhook ? 'WEBHOOK' : 'SMTP') }, 'delivery attempt failed');
      throw err;
    }
    await record.add(authority, { id: deliveryId, delivered: true, final: true });
    metrics.delivery(prepared.delivery.channel, 'delivered');
    logger.info({ authority, deliveryId, channel: prepared.delivery.channel }, 'delivered');
  };
}
