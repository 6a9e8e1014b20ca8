/**
 * Support without signing in: the FAQ list, the FAQ assistant and phản ánh / kiến nghị. Feedback is
 * stored durably; only its topic and length are ever logged (the message and phone are personal).
 */
import { KioskFailure } from '../../../preload/contract/result';
import { FEEDBACK_MESSAGE_MAX, SUPPORT_EMAIL, SUPPORT_HOTLINE } from '../../../preload/contract/channels/support';
import type { FaqTopic, FeedbackTopic } from '../../../preload/contract/channels/support';
import type { FeedbackRepository } from '../../db/repositories/sqlite-support-repository';
import type { Logger } from '../../logging/logger';
import { FAQ_CORPUS } from './faq-corpus';
import { createFaqAssistant } from './faq-assistant';

/** NFC, control characters except line breaks removed, at most two consecutive blank lines, trimmed. */
export function cleanMessage(s: string): string {
  return (
    s
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

export function createSupportService(deps: { readonly feedback: FeedbackRepository; readonly logger: Logger; readonly now?: () => Date }) {
  // The FAQ index is built on the first FAQ call, not at start-up (about 20 ms of every host start).
  let built: ReturnType<typeof createFaqAssistant> | undefined;
  const assistant = (): ReturnType<typeof createFaqAssistant> => (built ??= createFaqAssistant(FAQ_CORPUS));
  const now = deps.now ?? (() => new Date());
  return {
    faq: (filter: { readonly text?: string | undefined; readonly topic?: FaqTopic | undefined }) => ({ items: assistant().list(filter) }),

    ask(question: string) {
      const r = assistant().ask(question);
      // The outcome only: a typed question may contain personal data.
      deps.logger.info('support.ask', { status: r.status, confidence: r.confidence });
      return r.status === 'answered'
        ? { status: 'answered' as const, entry: r.entry, confidence: r.confidence }
        : { status: 'unknown' as const, hotline: SUPPORT_HOTLINE, email: SUPPORT_EMAIL };
    },

    submitFeedback(input: { readonly topic: FeedbackTopic; readonly message: string; readonly phone?: string | undefined }) {
      const message = cleanMessage(input.message);
      if (message.length === 0) throw new KioskFailure('invalid-input', 'empty feedback message', { field: 'message', issue: 'empty' });
      if (message.length > FEEDBACK_MESSAGE_MAX)
        throw new KioskFailure('invalid-input', 'feedback message too long', { field: 'message', issue: 'too-long' });
      const receivedAt = now().toISOString();
      const id = deps.feedback.add({ topic: input.topic, message, phone: input.phone ?? null, createdAt: receivedAt });
      deps.logger.info('support.feedback', { id, topic: input.topic, length: message.length, replyWanted: input.phone !== undefined });
      return { id, receivedAt };
    },
  };
}

export type SupportService = ReturnType<typeof createSupportService>;
