import type { Logger } from '@careplan/runtime';
import type { GraphCall } from '../events/service-graph';
import { PrepareDeliveryDocument, RecordDeliveryAttemptDocument } from '../graph/generated';
import { postWebhook, type Mailer } from './transports';

/**
 * Sends one delivery, built now from what the reviews subgraph holds. Every attempt is recorded; a
 * failure is thrown so the queue retries with backoff, and the last one leaves the delivery FAILED.
 */
export async function deliver(graph: GraphCall, mailer: Mailer, deliveryId: string, attempt: { final: boolean }, logger: Logger): Promise<void> {
  const { reminderDelivery: prepared } = await graph(PrepareDeliveryDocument, { id: deliveryId });
  if (prepared.delivery.state !== 'PENDING') {
    logger.info({ deliveryId, state: prepared.delivery.state }, 'delivery already settled');
    return;
  }
  if (prepared.undeliverable || (prepared.email && !mailer.configured)) {
    const error = prepared.undeliverable ?? 'no SMTP server is configured (SMTP_URL)';
    await graph(RecordDeliveryAttemptDocument, { id: deliveryId, delivered: false, final: true, error });
    logger.warn({ deliveryId, channel: prepared.delivery.channel, error }, 'delivery cannot be sent');
    return;
  }
  try {
    if (prepared.webhook) await postWebhook(prepared.webhook);
    else await mailer.send(prepared.email!);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await graph(RecordDeliveryAttemptDocument, { id: deliveryId, delivered: false, final: attempt.final, error });
    // The full message goes to the delivery record (for managers); logs get a code, never an address.
    logger.warn({ deliveryId, channel: prepared.delivery.channel, final: attempt.final, reason: (err as { code?: string }).code ?? (prepared.webhook ? 'WEBHOOK' : 'SMTP') }, 'delivery attempt failed');
    throw err;
  }
  await graph(RecordDeliveryAttemptDocument, { id: deliveryId, delivered: true, final: true });
  logger.info({ deliveryId, channel: prepared.delivery.channel }, 'delivered');
}
