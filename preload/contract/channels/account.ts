/**
 * Citizen sign-in at the kiosk (VssID account: mã số BHXH + password, or CCCD + OTP); the signed-in citizen's own
 * records are records.ts. Every records channel needs the visit session this file's sign-in starts.
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
} as const;
