/**
 * Healthcare facilities (facilities:*), without signing in: BHYT contracts or sick-leave certificates, by province, name and code.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { page, pageInput, searchText } from '../paging';
import { provinceCode, text } from '../schemas';

export const facilityListSchema = z.enum(['bhyt', 'sick-leave']);
export type FacilityList = z.infer<typeof facilityListSchema>;
export const facilitySchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  address: z.string(),
  level: z.enum(['central', 'province', 'district', 'commune', 'private']),
  bhytContract: z.boolean(),
  sickLeave: z.boolean(),
});
export type FacilityItem = z.infer<typeof facilitySchema>;

export const facilitiesInvoke = {
  'facilities:search': invoke(
    z
      .object({ list: facilityListSchema, provinceCode: provinceCode.optional(), text: searchText, code: text(5).optional(), ...pageInput })
      .strict(),
    page(facilitySchema),
    'Cơ sở KCB ký hợp đồng KCB BHYT, or cấp giấy nghỉ việc hưởng BHXH, by province, name and code prefix.',
  ),
} as const;
