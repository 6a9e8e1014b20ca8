/**
 * How long a screen waits for the host's answer to a call before giving up ("the kiosk host did not answer").
 * Most calls answer in milliseconds. The printing calls answer only once CUPS reports the job completed (or the
 * host gave up on it and cancelled it): up to the print wait (`--print-wait`, at most MAX_PRINT_WAIT_SECONDS) after
 * lp, which itself may take up to 30 s. A screen that stopped waiting earlier would say "no answer" while the card
 * comes out and is recorded as printed.
 */
import type { InvokeName } from './channels';

export const DEFAULT_CALL_TIMEOUT_MS = 15_000;

/** The longest print wait the configuration accepts (`--print-wait`, seconds). */
export const MAX_PRINT_WAIT_SECONDS = 300;

/** lp (30 s), then the longest print wait, then a margin for rendering the PDF and the answer's way back. */
export const PRINT_CALL_TIMEOUT_MS = (30 + MAX_PRINT_WAIT_SECONDS + 30) * 1000;

const PRINT_CHANNELS: ReadonlySet<string> = new Set<InvokeName>([
  'card:print',
  'card:officerPrint',
  'registration:printForm',
  'officer:printForm',
]);

export const callTimeoutMs = (channel: InvokeName): number =>
  PRINT_CHANNELS.has(channel) ? PRINT_CALL_TIMEOUT_MS : DEFAULT_CALL_TIMEOUT_MS;
