/**
 * Inactivity timer for the citizen session (design: idle timeout warns, then wipes the session).
 * Pure: the clock is injected so unit tests and Playwright's page.clock drive it, and every wake-up
 * re-reads now() instead of trusting that setTimeout fired on time.
 *
 * Timeline for timeoutMs = 90 000, warningMs = 20 000, no activity:
 *   t = 70 s  onWarning(20)          (the warning dialog appears)
 *   t = 71 s  onTick(19) … t = 89 s onTick(1)
 *   t = 90 s  onTimeout()            (the timer stops until activity() or configure())
 * activity() during the warning calls onActive() (hide the dialog) and starts a fresh period.
 */

/** The three clock functions the timer needs; the default reads the globals at call time. */
export interface IdleClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface IdleTimerOptions {
  /** Inactivity before onTimeout; 0 disables the timer (e.g. on the home screen). */
  readonly timeoutMs: number;
  /** How long before the timeout the warning starts; clamped to timeoutMs. */
  readonly warningMs: number;
  /** The warning starts; `secondsLeft` rounds up (20 for 20 000 ms). */
  readonly onWarning: (secondsLeft: number) => void;
  /** Once a second during the warning, after onWarning, with the new seconds left. */
  readonly onTick: (secondsLeft: number) => void;
  readonly onTimeout: () => void;
  /** Activity (or pause) ended a warning: hide it. Not called for activity outside a warning. */
  readonly onActive: () => void;
  readonly clock?: IdleClock;
}

export type IdleState = 'counting' | 'warning' | 'paused' | 'timed-out' | 'disabled' | 'disposed';

export interface IdleTimer {
  /** The citizen touched, typed or scanned something. */
  activity(): void;
  /** Stop counting (e.g. while printing or waiting on the host); a warning is withdrawn. */
  pause(): void;
  /** Count again from a full period. */
  resume(): void;
  /** Change the period (e.g. on a screen change) and start a fresh one. */
  configure(timing: { readonly timeoutMs: number; readonly warningMs: number }): void;
  dispose(): void;
  readonly state: IdleState;
}

const globalClock: IdleClock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
  now: () => Date.now(),
};

export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const clock = options.clock ?? globalClock;
  let timeoutMs = Math.max(0, options.timeoutMs);
  let warningMs = Math.min(Math.max(0, options.warningMs), timeoutMs);
  let state: IdleState = timeoutMs === 0 ? 'disabled' : 'counting';
  let deadline = clock.now() + timeoutMs;
  let handle: unknown = null;
  let shownSeconds = 0;

  const cancel = (): void => {
    if (handle !== null) clock.clearTimeout(handle);
    handle = null;
  };

  const schedule = (): void => {
    cancel();
    if (state !== 'counting' && state !== 'warning') return;
    const remaining = deadline - clock.now();
    let delay: number;
    if (remaining <= 0) delay = 0;
    else if (remaining > warningMs) delay = remaining - warningMs;
    // Wake when the displayed whole-second count drops by one.
    else delay = remaining - (Math.ceil(remaining / 1000) - 1) * 1000;
    handle = clock.setTimeout(wake, delay);
  };

  function wake(): void {
    handle = null;
    if (state !== 'counting' && state !== 'warning') return;
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      state = 'timed-out';
      options.onTimeout();
      return;
    }
    if (remaining <= warningMs) {
      const secondsLeft = Math.ceil(remaining / 1000);
      if (state === 'counting') {
        state = 'warning';
        shownSeconds = secondsLeft;
        options.onWarning(secondsLeft);
      } else if (secondsLeft !== shownSeconds) {
        shownSeconds = secondsLeft;
        options.onTick(secondsLeft);
      }
    }
    schedule();
  }

  const restart = (): void => {
    const wasWarning = state === 'warning';
    state = timeoutMs === 0 ? 'disabled' : 'counting';
    deadline = clock.now() + timeoutMs;
    if (wasWarning) options.onActive();
    schedule();
  };

  schedule();

  return {
    activity() {
      if (state === 'disposed' || state === 'paused') return;
      restart();
    },
    pause() {
      if (state === 'disposed') return;
      const wasWarning = state === 'warning';
      cancel();
      state = 'paused';
      if (wasWarning) options.onActive();
    },
    resume() {
      if (state !== 'paused') return;
      restart();
    },
    configure(timing) {
      if (state === 'disposed') return;
      timeoutMs = Math.max(0, timing.timeoutMs);
      warningMs = Math.min(Math.max(0, timing.warningMs), timeoutMs);
      if (state === 'paused') return;
      restart();
    },
    dispose() {
      cancel();
      state = 'disposed';
    },
    get state() {
      return state;
    },
  };
}
