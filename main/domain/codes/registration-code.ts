/**
 * Form 01 registration codes. The code itself lives in the contract (pure TypeScript) because the kiosk screen checks a
 * typed code's check symbol before asking for the card, with the same rules the host applies.
 */
export * from '../../../preload/contract/registration-code';
