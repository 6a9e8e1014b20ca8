/**
 * Office announcements (news:*), without signing in, pinned first.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { page, pageInput } from '../paging';

export const newsItemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string(),
  expiresAt: z.string().nullable(),
  pinned: z.boolean(),
});
export type NewsItem = z.infer<typeof newsItemSchema>;

export const newsInvoke = {
  'news:list': invoke(z.object({ ...pageInput }).strict(), page(newsItemSchema), 'Current office announcements, pinned first.'),
} as const;
