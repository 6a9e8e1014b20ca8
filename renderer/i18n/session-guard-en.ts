/** English strings of CCCD-scan sign-in / lookup and the station and account limits (spread into en.ts). */
import type { sessionGuardVi } from './session-guard-vi';

export const sessionGuardEn: Readonly<Record<keyof typeof sessionGuardVi, string>> = {
  'account.card.scanHint':
    'Hold the front of your ID card (CCCD, with the QR code) to the reader. When it has been read, press “Send OTP”: the code goes to your registered phone.',
  'account.card.scanned': 'ID card of {name} read.',
  'account.card.notCccd': 'The card just read is a BHYT card, not an ID card.',
  'account.card.waiting': 'No ID card read yet. Hold your card to the reader.',
  'card.err.noCardScan': 'No ID card was scanned (or it was more than 3 minutes ago). Please hold your CCCD to the reader and try again.',
  'card.err.wrongCardType': 'This is a health-insurance (BHYT) card, not an ID card. Please scan the QR code on your CCCD.',
  'limits.waitSeconds': 'Too many attempts. Please wait {seconds} seconds and try again.',
  'limits.waitMinutes': 'Too many attempts. Please wait {minutes} minutes and try again.',
  'lookup.scanned.button': 'Find the social-insurance number with this ID card',
  'lookup.scanned.hint': 'Have your ID card? Hold it to the reader, then press the button below to search at once.',
  'lookup.scanned.submit': 'Search with the ID card just scanned',
} as const;
