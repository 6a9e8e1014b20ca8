/**
 * The Result envelope every channel answers with. Errors carry a typed code (for programs) and a
 * message (English, for logs); the renderer maps codes to Vietnamese/English text from its catalogue.
 * Runs anywhere: pure TypeScript + zod, no DOM, no Node.
 */
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid-input',
  'unknown-channel',
  'not-found',
  'ambiguous',
  'rate-limited',
  'unauthorized',
  'forbidden',
  'locked-out',
  'conflict',
  'expired',
  'device-unavailable',
  'printer-not-ready',
  'unsupported-code',
  'malformed-code',
  'mismatch',
  'host-unavailable',
  'internal',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const kioskErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** Machine-readable detail, e.g. which field failed or how long to wait. Never personal data. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type KioskError = z.infer<typeof kioskErrorSchema>;

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: KioskError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, detail?: KioskError['detail']): Result<never> =>
  detail === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, detail } };

/** Domain services throw this to produce a typed error; the dispatcher maps it to a Result. */
export class KioskFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: KioskError['detail'],
  ) {
    super(message);
    this.name = 'KioskFailure';
  }
}

export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: kioskErrorSchema })]);
