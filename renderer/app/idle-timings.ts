/**
 * Which idle period applies to which screen, and where the periods come from: the command-line/environment
 * override in system:info wins (an operator's explicit choice), then the kiosk settings edited in maintenance
 * mode, then the built-in defaults. Screens added later fall into the 'lookup' period unless listed here, so a
 * new citizen screen is never left without a timeout.
 */
import { IDLE_DEFAULTS } from '../lib/idle-defaults';
import type { IdleScreenKind, IdleTiming } from '../lib/idle-defaults';

export type IdleTimings = Readonly<Record<IdleScreenKind, IdleTiming>>;

const RECORDS = new Set(['records', 'profile', 'card', 'participation', 'benefits', 'visits']);
const FORMS = new Set(['signIn', 'forcedPasswordChange', 'changePassword', 'feedback', 'faq']);

/**
 * The kind of a screen. The home screen never times out, except while it shows what the reader just read
 * (the scan panel holds a name and an ID number).
 */
export function idleKindFor(screen: string, citizenOnHome: boolean): IdleScreenKind {
  if (screen === 'home') return citizenOnHome ? 'lookup' : 'home';
  if (RECORDS.has(screen)) return 'records';
  if (FORMS.has(screen) || /^reg|form/i.test(screen)) return 'forms';
  return 'lookup';
}

export interface IdleSources {
  /** settings:get → idle (seconds), when that channel answered. */
  readonly settings?:
    | {
        readonly lookupSeconds: number;
        readonly recordsSeconds: number;
        readonly formsSeconds: number;
        readonly warningSeconds: number;
      }
    | undefined;
  /** system:info → idleTimeouts (seconds), present only when configured on the command line or environment. */
  readonly override?:
    | {
        readonly lookup?: number | undefined;
        readonly records?: number | undefined;
        readonly forms?: number | undefined;
        readonly warning?: number | undefined;
      }
    | undefined;
}

export function idleTimings(sources: IdleSources): IdleTimings {
  const { settings, override } = sources;
  const pick = (kind: 'lookup' | 'records' | 'forms', fromSettings: number | undefined): IdleTiming => {
    const seconds = override?.[kind] ?? fromSettings;
    const warningSeconds = override?.warning ?? settings?.warningSeconds;
    return {
      timeoutMs: seconds === undefined ? IDLE_DEFAULTS[kind].timeoutMs : seconds * 1000,
      warningMs: warningSeconds === undefined ? IDLE_DEFAULTS[kind].warningMs : warningSeconds * 1000,
    };
  };
  return {
    home: IDLE_DEFAULTS.home,
    lookup: pick('lookup', settings?.lookupSeconds),
    records: pick('records', settings?.recordsSeconds),
    forms: pick('forms', settings?.formsSeconds),
  };
}
