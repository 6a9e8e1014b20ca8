/**
 * What the outbox worker needs from a delivery channel. Adapters receive the outbox idempotency key because
 * delivery is at-least-once: if the process dies after a gateway accepted a message but before the row was marked
 * 'sent', the worker sends it again, and a gateway that dedupes by key (most SMS APIs accept a client reference;
 * for e-mail the key becomes the Message-ID) turns that into exactly one message for the citizen.
 */
export interface SmsMessage {
  readonly to: string;
  readonly body: string;
  readonly idempotencyKey: string;
}

export interface SmsGateway {
  send(message: SmsMessage): Promise<void>;
}

export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly idempotencyKey: string;
}

export interface EmailSender {
  send(message: EmailMessage): Promise<void>;
}
