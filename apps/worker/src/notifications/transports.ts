import nodemailer, { type Transporter } from 'nodemailer';

export interface WebhookMessage {
  url: string;
  body: string;
  headers: Array<{ name: string; value: string }>;
}

export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

const WEBHOOK_TIMEOUT_MS = 10_000;

/** Posts a signed webhook; anything but a 2xx answer is a failed attempt (and will be retried). */
export async function postWebhook(message: WebhookMessage): Promise<void> {
  const res = await fetch(message.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...Object.fromEntries(message.headers.map((h) => [h.name, h.value])) },
    body: message.body,
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`the webhook answered ${res.status}`);
}

/** E-mail over SMTP (nodemailer), one pooled transport for the process. */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(smtpUrl: string | undefined) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  async send(message: EmailMessage): Promise<void> {
    if (!this.transport) throw new Error('no SMTP server is configured (SMTP_URL)');
    await this.transport.sendMail({ ...message });
  }

  close(): void {
    this.transport?.close();
  }
}
