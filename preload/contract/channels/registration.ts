/**
 * Form 01 at the kiosk: checking a registration against the citizen's ID card, the queue ticket ("no print, no
 * ticket"), and filing a new registration at the kiosk confirmed by an OTP. The personal fields always come from the
 * card the HOST read last (devices service), never from the renderer; the renderer only sends what the citizen typed.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { empty, gender, mobilePhone, provinceCode, text, wardCode } from '../schemas';
import { form01PrintResultSchema } from '../form01-print-result';

export const checkedFieldSchema = z.enum(['idNumber', 'fullName', 'dateOfBirth', 'gender', 'address', 'cardNumber', 'insuranceNumber']);
export type CheckedFieldName = z.infer<typeof checkedFieldSchema>;
export const fieldResultSchema = z.enum(['match', 'match-old-id', 'diacritics-only', 'unverifiable', 'discrepant', 'mismatch', 'info']);
export type FieldResultName = z.infer<typeof fieldResultSchema>;

export const checkOutcomeSchema = z.object({
  registrationCode: z.string(),
  overall: z.enum(['match', 'needs-officer', 'mismatch']),
  fields: z.array(z.object({ field: checkedFieldSchema, result: fieldResultSchema, form: z.string(), card: z.string() })),
});
export type CheckOutcomeView = z.infer<typeof checkOutcomeSchema>;

export const ticketSchema = z.object({
  number: z.number().int().positive(),
  /** Series A (Form 01); `label` is ticketLabel(): "A015". */
  label: z.string(),
  /** The counters serving Form 01 ("1, 2"), or '' when the call board says which. */
  counter: z.string(),
  checkRef: z.string(),
  /** ISO instant the number was reserved (printed on the ticket). */
  createdAt: z.string(),
});
export type TicketView = z.infer<typeof ticketSchema>;

export const selfPrefillSchema = z.object({
  fullName: z.string(),
  idNumber: z.string(),
  dateOfBirth: z.string(),
  gender,
  /** Mã số BHXH from a BHYT card scanned for the same person, else the one the office knows for this CCCD; null when neither. */
  insuranceNumber: z.string().nullable(),
  /** This CCCD's person already has a VssID account: the screen warns before a new Form 01 is filed. */
  existingAccount: z.boolean(),
  /** The street part of the card's address (every part before the ward), as a starting point for the contact address. */
  street: z.string(),
  /** 2025 province of the card's address, pre-2025 names mapped; null when it cannot be resolved. */
  provinceCode: z.string().nullable(),
  /** The 2025 ward when the card's ward maps to exactly one. */
  wardCode: z.string().nullable(),
  /** When the card's old ward was split: the 2025 wards it became, the only choices offered. Empty otherwise. */
  wardCandidates: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type SelfPrefill = z.infer<typeof selfPrefillSchema>;

const registrationCodeInput = text(40).min(1);
const otpCode = z.string().regex(/^\s*\d{3}\s*\d{3}\s*$/, 'expected 6 digits');

export const registrationInvoke = {
  'registration:check': invoke(
    z.object({ code: registrationCodeInput }).strict(),
    checkOutcomeSchema,
    'Compares the Form 01 with this code against the CCCD the reader read last (host side), field by field.',
  ),
  'registration:printTicket': invoke(
    empty,
    ticketSchema,
    'Prints the queue ticket for this client’s last check; answers only once the printer confirmed (else printer-not-ready).',
  ),
  'registration:wards': invoke(
    z.object({ provinceCode }).strict(),
    z.array(z.object({ code: z.string(), name: z.string() })),
    'The wards (xã/phường, 2025) of one province, by name, for the contact address picker.',
  ),
  'registration:selfPrefill': invoke(empty, selfPrefillSchema, 'Fields of a new Form 01 taken from the CCCD (and BHYT card) just read.'),
  'registration:startSelf': invoke(
    z
      .object({
        phone: mobilePhone,
        email: z.email().max(254).optional(),
        provinceCode,
        wardCode,
        street: text(200).min(1),
        officeCode: text(20).min(1),
      })
      .strict(),
    z.object({ otpSentTo: z.string(), expiresAt: z.string() }),
    'Validates a kiosk Form 01 and sends an OTP to the phone entered.',
  ),
  'registration:confirmSelf': invoke(
    z.object({ otp: otpCode }).strict(),
    z.object({ registrationCode: z.string(), createdAt: z.string(), receiptJobId: z.number().int() }),
    'Checks the OTP, stores the registration (source kiosk) and queues a receipt with its code.',
  ),
  'registration:formPdf': invoke(
    empty,
    z.object({ pdfBase64: z.string(), fileName: z.string() }),
    'The printable Form 01 (PDF) of the registration this client just filed.',
  ),
  'registration:formPrinter': invoke(
    empty,
    z.object({ available: z.boolean() }),
    'Whether this computer has an A4 document printer for Form 01, so a screen offers "In tờ khai 01" only where it can print.',
  ),
  'registration:printForm': invoke(
    z.object({ from: z.enum(['filed', 'checked']) }).strict(),
    form01PrintResultSchema,
    'Prints Form 01 of the registration this client just filed, or just checked against its own CCCD scan (A4 printer; the host picks the registration from its own state, the screen names none).',
  ),
} as const;
