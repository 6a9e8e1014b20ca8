/**
 * How the kiosk heals a dead or hung renderer: reload to the home screen after a growing delay,
 * and give up (exit with a code the OS shell launcher maps to "restart the app") when reloads keep
 * failing within a short window. Pure: time comes from the caller.
 */
import type { RenderProcessGoneDetails } from 'electron';

export type GoneReason = RenderProcessGoneDetails['reason'];

export type RecoveryAction = { readonly action: 'reload'; readonly delayMs: number } | { readonly action: 'exit'; readonly code: number };

export interface RecoveryPolicyOptions {
  /** Reloads allowed inside `windowMs` before giving up. */
  readonly maxReloads?: number;
  readonly windowMs?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
}

/** Exit codes for the OS shell launcher (Windows Shell Launcher / systemd restart policy). */
export const EXIT_RENDERER_UNRECOVERABLE = 70;
export const EXIT_INTEGRITY_FAILURE = 71;

export interface RecoveryPolicy {
  /** What to do after the renderer process went away. */
  onGone(reason: GoneReason, now: number): RecoveryAction;
  /** How long to wait after `unresponsive` before crashing the renderer on purpose. */
  readonly hangGraceMs: number;
}

export function createRecoveryPolicy(options: RecoveryPolicyOptions = {}): RecoveryPolicy {
  const maxReloads = options.maxReloads ?? 5;
  const windowMs = options.windowMs ?? 10 * 60_000;
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 30_000;
  let recent: number[] = [];

  const nextReload = (now: number): RecoveryAction => {
    recent = recent.filter((t) => now - t < windowMs);
    if (recent.length >= maxReloads) return { action: 'exit', code: EXIT_RENDERER_UNRECOVERABLE };
    const delayMs = Math.min(max, base * 2 ** recent.length);
    recent.push(now);
    return { action: 'reload', delayMs };
  };

  return {
    hangGraceMs: 10_000,
    onGone(reason, now) {
      switch (reason) {
        case 'integrity-failure':
          // The app files were tampered with: reloading would load them again.
          return { action: 'exit', code: EXIT_INTEGRITY_FAILURE };
        case 'clean-exit':
        case 'abnormal-exit':
        case 'killed':
        case 'crashed':
        case 'oom':
        case 'launch-failed':
        case 'memory-eviction':
          return nextReload(now);
        default: {
          const unknownReason: never = reason;
          void unknownReason;
          return nextReload(now);
        }
      }
    },
  };
}
