/**
 * Suggested inactivity periods per kind of screen. Longer where citizens read or fill in more;
 * the home screen never times out (there is nothing to wipe).
 *
 * Derived from the contract's DEFAULT_KIOSK_SETTINGS, the one definition of the defaults (issue #19: the numbers were
 * written here and in the contract, kept equal by hand).
 */
import { DEFAULT_KIOSK_SETTINGS } from '../../preload/contract/channels/settings';

export type IdleScreenKind = 'home' | 'lookup' | 'records' | 'forms';

export interface IdleTiming {
  readonly timeoutMs: number;
  readonly warningMs: number;
}

const { idle } = DEFAULT_KIOSK_SETTINGS;

/** The warning dialog counts down this long before the session is wiped. */
export const IDLE_WARNING_MS = idle.warningSeconds * 1000;

export const IDLE_DEFAULTS: Readonly<Record<IdleScreenKind, IdleTiming>> = {
  home: { timeoutMs: 0, warningMs: 0 },
  lookup: { timeoutMs: idle.lookupSeconds * 1000, warningMs: IDLE_WARNING_MS },
  records: { timeoutMs: idle.recordsSeconds * 1000, warningMs: IDLE_WARNING_MS },
  forms: { timeoutMs: idle.formsSeconds * 1000, warningMs: IDLE_WARNING_MS },
};

export function idleTimingFor(kind: IdleScreenKind): IdleTiming {
  return IDLE_DEFAULTS[kind];
}
