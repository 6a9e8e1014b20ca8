import { z } from 'zod';
import { CARD_SCAN_TTL_TEXT } from '../card-scan-ttl';
import { invoke } from '../define';
import { idNumber, insuranceNumber, partialDate, provinceCode, text, wardCode } from '../schemas';

export const maskedPersonSchema = z.object({
  /** The whole mã số when one person was found; only its last 3 digits ('*******789') when several were. */
  insuranceNumber: z.union([insuranceNumber, z.string().regex(/^\*{7}\d{3}$/)]),
  maskedName: z.string(),
  birthYear: z.string(),
  maskedIdNumber: z.string().nullable(),
  provinceName: z.string().nullable(),
});
export type MaskedPerson = z.infer<typeof maskedPersonSchema>;

export const lookupResultSchema = z.object({
  status: z.enum(['found', 'none', 'ambiguous']),
  matches: z.array(maskedPersonSchema).max(5),
});
export type LookupResult = z.infer<typeof lookupResultSchema>;

export const lookupInvoke = {
  'lookup:insuranceNumber': invoke(
    z
      .object({
        fullName: text(100).min(1),
        /** A full date, or 'YYYY-MM' / 'YYYY' when the citizen knows only the month and year, or the year. */
        dateOfBirth: partialDate,
        provinceCode: provinceCode.optional(),
        /** 2025 ward; only together with provinceCode, and it must belong to it. */
        wardCode: wardCode.optional(),
        idNumber: idNumber.optional(),
      })
      .strict(),
    lookupResultSchema,
    'Tra cứu mã số BHXH by full name (with or without diacritics) and date of birth (full, month and year, or year only).',
  ),
  'lookup:scannedCard': invoke(
    z.object({}).strict(),
    lookupResultSchema,
    `Tra cứu mã số BHXH by the CCCD this kiosk’s reader scanned in the last ${CARD_SCAN_TTL_TEXT} (masked, like the portal).`,
  ),
  'lookup:provinces': invoke(
    z.object({}).strict(),
    z.array(z.object({ code: provinceCode, name: z.string() })),
    'The 34 provinces after the 1 July 2025 reform, for pickers.',
  ),
} as const;
