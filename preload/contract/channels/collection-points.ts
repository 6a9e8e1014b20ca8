/**
 * Collection points and agents (collectionPoints:*), without signing in: by province, ward, kind and name.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { page, pageInput, searchText } from '../paging';
import { provinceCode, wardCode } from '../schemas';

export const collectionPointKindSchema = z.enum(['diem-thu', 'dai-ly']);
export const collectionPointSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: collectionPointKindSchema,
  provinceCode: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
});
export type CollectionPointItem = z.infer<typeof collectionPointSchema>;

export const collectionPointsInvoke = {
  'collectionPoints:search': invoke(
    z
      .object({
        provinceCode: provinceCode.optional(),
        wardCode: wardCode.optional(),
        kind: collectionPointKindSchema.optional(),
        text: searchText,
        ...pageInput,
      })
      .strict(),
    page(collectionPointSchema),
    'Điểm thu, đại lý thu by province, ward and name, paginated.',
  ),
} as const;
