/**
 * Support without signing in (support:*): the FAQ, the FAQ assistant and feedback (stored durably, never logged).
 */
import { z } from 'zod';
import { invoke } from '../define';
import { mobilePhone, text } from '../schemas';

export const FEEDBACK_MESSAGE_MAX = 2000;
export const SUPPORT_HOTLINE = '1900 9068';
export const SUPPORT_EMAIL = 'hotro@vss.gov.vn';

export const FAQ_TOPICS = ['vssid', 'ma-so', 'bhyt', 'dang-ky', 'mat-khau', 'kcb', 'lien-he'] as const;
export const faqTopicSchema = z.enum(FAQ_TOPICS);
export type FaqTopic = z.infer<typeof faqTopicSchema>;
export const faqEntrySchema = z.object({ id: z.string(), topic: faqTopicSchema, question: z.string(), answer: z.string() });
export type FaqEntry = z.infer<typeof faqEntrySchema>;

export const askResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('answered'), entry: faqEntrySchema, confidence: z.number().min(0).max(1) }),
  z.object({ status: z.literal('unknown'), hotline: z.string(), email: z.string() }),
]);
export type AskResult = z.infer<typeof askResultSchema>;

export const FEEDBACK_TOPICS = ['thu-tuc', 'the-bhyt', 'vssid', 'thai-do-phuc-vu', 'kiosk', 'khac'] as const;
export const feedbackTopicSchema = z.enum(FEEDBACK_TOPICS);
export type FeedbackTopic = z.infer<typeof feedbackTopicSchema>;

export const supportInvoke = {
  'support:faq': invoke(
    z.object({ text: text(200).optional(), topic: faqTopicSchema.optional() }).strict(),
    z.object({ items: z.array(faqEntrySchema).max(200) }),
    'Frequently asked questions, optionally filtered by topic and diacritic-insensitive text.',
  ),
  'support:ask': invoke(
    z.object({ question: text(300).min(1) }).strict(),
    askResultSchema,
    'The FAQ assistant: the best-matching answer, or an honest "unknown" with the hotline.',
  ),
  'support:feedback': invoke(
    z.object({ topic: feedbackTopicSchema, message: z.string().min(1).max(FEEDBACK_MESSAGE_MAX), phone: mobilePhone.optional() }).strict(),
    z.object({ id: z.number().int(), receivedAt: z.string() }),
    'Phản ánh, kiến nghị: stored durably; the message is never logged.',
  ),
} as const;
