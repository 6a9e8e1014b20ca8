/**
 * Citizen sign-in at the kiosk (VssID account: mã số BHXH + password, or CCCD + OTP) and the signed-in
 * citizen's own records. Every records channel needs a signed-in visit session for the calling client.
 *
 * Failures about the session itself carry detail.reason from SESSION_END_REASONS:
 * - 'expired' + 'session-expired': the host ended the visit after the idle timeout (records:*, password change);
 * - 'unauthorized' + 'signed-in-elsewhere': the same account signed in on another screen and ended this visit;
 * - 'conflict' + 'signed-in-elsewhere' (account:signIn, account:signInWithCard, account:verifyOtp): the account is
 *   signed in on another screen; detail.otpSent says whether a code went to the registered phone (detail.maskedPhone).
 *   account:verifyOtp with that code signs in here and ends the other visit (one account on one device at a time).
 */
import { z } from 'zod';
import { CARD_SCAN_TTL_TEXT } from '../card-scan-ttl';
import { event, invoke } from '../define';
import { empty, insuranceNumber, text } from '../schemas';

const password = text(128).min(1);
const otpCode = z.string().regex(/^\s*\d{3}\s*\d{3}\s*$/, 'expected 6 digits');
export const mustChangePasswordSchema = z.enum(['first-login', 'expired']).nullable();

export const signedInSchema = z.object({
  status: z.literal('signed-in'),
  mustChangePassword: mustChangePasswordSchema,
  maskedName: z.string(),
});
export type SignedIn = z.infer<typeof signedInSchema>;

export const otpSentSchema = z.object({ otpSentTo: z.string(), expiresAt: z.string() });
const done = z.object({ done: z.literal(true) });

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

export const SESSION_END_REASONS = ['session-expired', 'signed-in-elsewhere'] as const;
export const sessionEndReasonSchema = z.enum(SESSION_END_REASONS);
export type SessionEndReason = z.infer<typeof sessionEndReasonSchema>;

export const accountEvents = {
  'account:sessionEnded': event(
    z.object({ reason: sessionEndReasonSchema }),
    'The host ended this screen’s signed-in visit (idle timeout, or the account signed in on another screen): go home.',
  ),
} as const;

export const accountInvoke = {
  'account:signIn': invoke(
    z.object({ insuranceNumber, password }).strict(),
    signedInSchema,
    'Sign in with mã số BHXH + password (5 wrong → locked 15 min). Starts the visit session of this client.',
  ),
  'account:signInWithCard': invoke(
    empty,
    otpSentSchema,
    `Sign in with the CCCD this kiosk’s reader scanned in the last ${CARD_SCAN_TTL_TEXT} (never a number from the screen): sends an OTP to the registered phone.`,
  ),
  'account:verifyOtp': invoke(
    z.object({ code: otpCode }).strict(),
    signedInSchema,
    'Completes a CCCD sign-in, or a sign-in refused with signed-in-elsewhere (then the other screen’s visit ends), with the OTP.',
  ),
  'account:requestNewOtp': invoke(empty, otpSentSchema, 'Sends a new sign-in OTP (60 s cooldown, 5 per hour).'),
  'account:forcedChangePassword': invoke(
    z.object({ oldPassword: password, newPassword: password, newPasswordRepeat: password }).strict(),
    done,
    'First-login / expired password change; records stay forbidden until it is done.',
  ),
  'account:requestPasswordOtp': invoke(empty, otpSentSchema, 'Sends the OTP needed by account:changePassword.'),
  'account:changePassword': invoke(
    z.object({ oldPassword: password, newPassword: password, newPasswordRepeat: password, otp: otpCode }).strict(),
    done,
    'Voluntary password change: old password, new twice, OTP.',
  ),
  'account:signOut': invoke(empty, done, 'Ends the visit session of this client and destroys its OTPs.'),
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
