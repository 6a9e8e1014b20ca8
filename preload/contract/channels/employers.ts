/**
 * Employers taking part in BHXH (employers:*), without signing in: by province and name.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { page, pageInput, searchText } from '../paging';
import { provinceCode } from '../schemas';

export const employerSchema = z.object({ code: z.string(), name: z.string(), provinceCode: z.string(), address: z.string() });
export type EmployerItem = z.infer<typeof employerSchema>;

export const employersInvoke = {
  'employers:search': invoke(
    z.object({ provinceCode: provinceCode.optional(), text: searchText, ...pageInput }).strict(),
    page(employerSchema),
    'Đơn vị tham gia BHXH by province and name, paginated.',
  ),
} as const;
