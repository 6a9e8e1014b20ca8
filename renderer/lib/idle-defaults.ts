/**
 * Suggested inactivity periods per kind of screen. Longer where citizens read or fill in more;
 * the home screen never times out (there is nothing to wipe).
 */

export type IdleScreenKind = 'home' | 'lookup' | 'records' | 'forms';

export interface IdleTiming {
  readonly timeoutMs: number;
  readonly warningMs: number;
}

/** The warning dialog counts down this long before the session is wiped. */
export const IDLE_WARNING_MS = 20_000;

export const IDLE_DEFAULTS: Readonly<Record<IdleScreenKind, IdleTiming>> = {
  home: { timeoutMs: 0, warningMs: 0 },
  lookup: { timeoutMs: 90_000, warningMs: IDLE_WARNING_MS },
  records: { timeoutMs: 120_000, warningMs: IDLE_WARNING_MS },
  forms: { timeoutMs: 180_000, warningMs: IDLE_WARNING_MS },
};

export function idleTimingFor(kind: IdleScreenKind): IdleTiming {
  return IDLE_DEFAULTS[kind];
}
