import { useContext, useEffect, useRef, useState } from 'react';
import { createIdleTimer } from '../lib/idle-timer';
import type { IdleTimer } from '../lib/idle-timer';
import { StoreContext, useApp, useT } from '../state/store-context';
import { IdleWarning } from '../ui/IdleWarning';
import { installStateDump } from './dev-state-dump';
import { idleKindFor, idleTimings } from './idle-timings';
import type { IdleSources, IdleTimings } from './idle-timings';

/** Anything the citizen does with the screen or a keyboard counts as still being there. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
/**
 * The host ends a signed-in visit after the same idle period (issue #14) and counts only calls: a citizen reading one
 * screen for long (scrolling, no call) re-reports the screen at most this often, which keeps the host's visit alive.
 */
const KEEP_ALIVE_MS = 30_000;

/**
 * Mounted once around every screen: counts inactivity with the period of the current screen, shows the
 * countdown warning, and on timeout wipes the citizen (resetCitizen → every store, web storage, the host's
 * visit) and returns home. Periods are re-read at the start of each visit, so a change made in maintenance
 * mode applies to the next citizen.
 */
export function IdleGuard() {
  const t = useT();
  const store = useContext(StoreContext);
  const api = useApp((s) => s.api);
  const screen = useApp((s) => s.screen.name);
  const screenName = useRef(screen);
  screenName.current = screen;
  const scan = useApp((s) => s.citizen.scan);
  const resetCitizen = useApp((s) => s.resetCitizen);
  const [timings, setTimings] = useState<IdleTimings>(() => idleTimings({}));
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timer = useRef<IdleTimer | null>(null);
  // While the warning shows, only the warning itself continues the visit: hiding it on a raw pointerdown would let
  // the rest of that tap land on whatever lies under the dialog.
  const warningShown = useRef(false);
  warningShown.current = secondsLeft !== null;
  const onTimeout = useRef(() => {});
  onTimeout.current = () => {
    setSecondsLeft(null);
    resetCitizen('timeout');
  };

  useEffect(() => {
    const idle = createIdleTimer({
      timeoutMs: 0,
      warningMs: 0,
      onWarning: setSecondsLeft,
      onTick: setSecondsLeft,
      onTimeout: () => onTimeout.current(),
      onActive: () => setSecondsLeft(null),
    });
    timer.current = idle;
    let lastKeepAlive = Date.now();
    const activity = (): void => {
      if (warningShown.current) return;
      idle.activity();
      const now = Date.now();
      if (now - lastKeepAlive >= KEEP_ALIVE_MS && screenName.current !== 'home') {
        lastKeepAlive = now;
        void api.system.reportScreen({ screen: screenName.current });
      }
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, activity, { capture: true, passive: true });
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, activity, { capture: true });
      idle.dispose();
      timer.current = null;
    };
  }, [api]);

  // Periods: at start-up and whenever a visit starts (leaving the empty home screen).
  const visiting = screen !== 'home';
  useEffect(() => {
    let live = true;
    void (async () => {
      const [info, settings] = await Promise.all([api.system.info({}), api.settings.get({})]);
      if (!live) return;
      const sources: IdleSources = {
        settings: settings.ok ? settings.value.idle : undefined,
        override: info.ok ? info.value.idleTimeouts : undefined,
      };
      setTimings(idleTimings(sources));
      if (info.ok && info.value.devices === 'emulated' && store !== null) installStateDump(store);
    })();
    return () => {
      live = false;
    };
  }, [api, store, visiting]);

  // A new screen, a new scan or new periods: a fresh full period for what is shown now.
  const kind = idleKindFor(screen, scan !== null);
  const { timeoutMs, warningMs } = timings[kind];
  useEffect(() => {
    timer.current?.configure({ timeoutMs, warningMs });
    if (timeoutMs === 0) setSecondsLeft(null);
  }, [screen, scan, timeoutMs, warningMs]);

  return secondsLeft === null ? null : (
    <IdleWarning
      secondsLeft={secondsLeft}
      onContinue={() => {
        warningShown.current = false;
        timer.current?.activity();
      }}
      t={t}
    />
  );
}
