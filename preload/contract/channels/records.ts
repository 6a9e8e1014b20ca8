/**
 * The signed-in citizen's own records (records:*): profile, BHYT card, participation, benefits, visits. Every channel
 * needs a signed-in visit session for the calling client (account.ts); session failures carry the reasons listed
 * there (SESSION_END_REASONS).
 */
import { z } from 'zod';
import { invoke } from '../define';
import { empty, insuranceNumber } from '../schemas';

export const schemeSchema = z.enum(['bhxh', 'bhtn', 'bhtnld-bnn', 'bhyt']);
export type SchemeName = z.infer<typeof schemeSchema>;

export const profileSchema = z.object({
  insuranceNumber,
  fullName: z.string(),
  dateOfBirth: z.string(),
  gender: z.enum(['male', 'female']),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  wardName: z.string().nullable(),
  provinceName: z.string().nullable(),
});
export type Profile = z.infer<typeof profileSchema>;

const cardFieldText = z.string().nullable();
export const cardViewSchema = z.object({
  /** null when the citizen has no BHYT card on record. */
  card: z
    .object({
      layoutId: z.literal('bhyt-1666'),
      /** The printed string per layout field, from bhytCardText (same words as the PDF). */
      text: z.record(z.string(), cardFieldText),
      qr: z.object({
        modules: z.number().int().positive(),
        runs: z.array(z.object({ row: z.number().int(), col: z.number().int(), length: z.number().int() })),
      }),
      qrPayload: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      fiveYearsFrom: z.string().nullable(),
      /** Judged on the host's clock, so the kiosk and the counter agree. */
      status: z.enum(['valid', 'expired', 'not-yet-valid']),
    })
    .nullable(),
});
export type CardView = z.infer<typeof cardViewSchema>;

export const participationViewSchema = z.object({
  periods: z.array(
    z.object({
      scheme: schemeSchema,
      fromMonth: z.string(),
      toMonth: z.string().nullable(),
      employerName: z.string().nullable(),
      position: z.string().nullable(),
      salaryBase: z.number().nullable(),
      months: z.number().int(),
    }),
  ),
  totals: z.array(z.object({ scheme: schemeSchema, months: z.number().int() })),
  years: z.array(z.number().int()),
});
export type ParticipationView = z.infer<typeof participationViewSchema>;

export const benefitsViewSchema = z.object({
  benefits: z.array(
    z.object({
      kind: z.enum(['one-time', 'sickness', 'maternity', 'convalescence', 'monthly-pension', 'unemployment']),
      fromDate: z.string(),
      toDate: z.string().nullable(),
      amount: z.number(),
      note: z.string().nullable(),
    }),
  ),
});
export type BenefitsView = z.infer<typeof benefitsViewSchema>;

export const visitsViewSchema = z.object({
  visits: z.array(
    z.object({
      visitDate: z.string(),
      facilityName: z.string(),
      diagnosisGroup: z.string(),
      totalCost: z.number(),
      bhytPaid: z.number(),
    }),
  ),
  years: z.array(z.number().int()),
  totalCost: z.number(),
  totalBhytPaid: z.number(),
});
export type VisitsView = z.infer<typeof visitsViewSchema>;

const year = z.number().int().min(1900).max(2200);

export const recordsInvoke = {
  'records:profile': invoke(empty, profileSchema, 'Quản lý cá nhân: the signed-in citizen’s profile.'),
  'records:card': invoke(empty, cardViewSchema, 'Thẻ BHYT: printed card text, QR modules and validity.'),
  'records:participation': invoke(
    z.object({ scheme: schemeSchema.optional(), year: year.optional() }).strict(),
    participationViewSchema,
    'Quá trình tham gia: periods (optionally by scheme/year) and months per scheme.',
  ),
  'records:printParticipation': invoke(
    empty,
    z.object({ jobId: z.number().int() }),
    'In bảng quá trình tham gia: queues the whole participation history on the receipt printer (a double tap within 10 s prints once).',
  ),
  'records:participationPdf': invoke(
    empty,
    z.object({ pdfBase64: z.string(), fileName: z.string() }),
    'The participation history as an A4 PDF (browser host preview; no file is kept on the host).',
  ),
  'records:benefits': invoke(empty, benefitsViewSchema, 'Thông tin hưởng: benefits paid.'),
  'records:visits': invoke(z.object({ year: year.optional() }).strict(), visitsViewSchema, 'Sổ khám chữa bệnh: visits by year.'),
} as const;
