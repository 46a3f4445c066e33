import type { Logger } from '@careplan/runtime';
import type { GraphCall } from '../events/service-graph';
import { postWebhook, type EmailMessage, type Mailer, type WebhookMessage } from './transports';

const PREPARE = `query Prepare($id: ID!) { reminderDelivery(id: $id) {
  delivery { id channel state }
  webhook { url body headers { name value } }
  email { from to subject text messageId }
  undeliverable } }`;

const RECORD = `mutation Attempt($id: ID!, $delivered: Boolean!, $final: Boolean!, $error: String) {
  recordDeliveryAttempt(id: $id, delivered: $delivered, final: $final, error: $error) { state attempts } }`;

interface Prepared {
  delivery: { id: string; channel: 'WEBHOOK' | 'EMAIL'; state: string };
  webhook: WebhookMessage | null;
  email: EmailMessage | null;
  undeliverable: string | null;
}

/**
 * Sends one delivery, built now from what the reviews subgraph holds. Every attempt is recorded; a
 * failure is thrown so the queue retries with backoff, and the last one leaves the delivery FAILED.
 */
export async function deliver(graph: GraphCall, mailer: Mailer, deliveryId: string, attempt: { final: boolean }, logger: Logger): Promise<void> {
  const { reminderDelivery: prepared } = await graph<{ reminderDelivery: Prepared }>(PREPARE, { id: deliveryId });
  if (prepared.delivery.state !== 'PENDING') {
    logger.info({ deliveryId, state: prepared.delivery.state }, 'delivery already settled');
    return;
  }
  if (prepared.undeliverable || (prepared.email && !mailer.configured)) {
    const error = prepared.undeliverable ?? 'no SMTP server is configured (SMTP_URL)';
    await graph(RECORD, { id: deliveryId, delivered: false, final: true, error });
    logger.warn({ deliveryId, channel: prepared.delivery.channel, error }, 'delivery cannot be sent');
    return;
  }
  try {
    if (prepared.webhook) await postWebhook(prepared.webhook);
    else await mailer.send(prepared.email!);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await graph(RECORD, { id: deliveryId, delivered: false, final: attempt.final, error });
    // The full message goes to the delivery record (for managers); logs get a code, never an address.
    logger.warn({ deliveryId, channel: prepared.delivery.channel, final: attempt.final, reason: (err as { code?: string }).code ?? (prepared.webhook ? 'WEBHOOK' : 'SMTP') }, 'delivery attempt failed');
    throw err;
  }
  await graph(RECORD, { id: deliveryId, delivered: true, final: true });
  logger.info({ deliveryId, channel: prepared.delivery.channel }, 'delivered');
}
