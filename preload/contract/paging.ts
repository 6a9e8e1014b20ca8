/**
 * Paging and search text shared by the public directories (offices, facilities, employers, collection points, news):
 * every list is paginated (limit ≤ PAGE_LIMIT_MAX) and every search string is bounded.
 */
import { z } from 'zod';
import { text } from './schemas';

export const PAGE_LIMIT_MAX = 50;

export const pageInput = {
  offset: z.number().int().min(0).max(10_000).default(0),
  limit: z.number().int().min(1).max(PAGE_LIMIT_MAX).default(20),
};
/** Search text: optional, bounded, diacritic-insensitive on the main side. */
export const searchText = text(100).optional();

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item).max(PAGE_LIMIT_MAX),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1),
    /** True when at least one more item follows this page (cheaper than a total count). */
    hasMore: z.boolean(),
  });
