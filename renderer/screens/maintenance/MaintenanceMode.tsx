import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { createIdleTimer } from '../../lib/idle-timer';
import { useApp, useT } from '../../state/store-context';
import type { Translate } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { createTapCounter } from './corner-gesture';
import { MaintenancePanel } from './MaintenancePanel';
import { PinPad } from './PinPad';
import styles from './Maintenance.module.css';

/** The maintenance session also ends after this much inactivity on the kiosk (the host has its own limit). */
export const MAINTENANCE_IDLE_MS = 120_000;

type Stage = 'closed' | 'pin' | 'panel';

function unlockMessage(t: Translate, code: string, detail: Readonly<Record<string, unknown>> | undefined): string {
  if (code === 'unauthorized') return t('maintenance.pin.wrong', { remaining: Number(detail?.remainingAttempts ?? 0) });
  if (code === 'locked-out') return t('maintenance.pin.locked', { minutes: Math.ceil(Number(detail?.retryAfterSeconds ?? 900) / 60) });
  if (code === 'forbidden') return t('maintenance.pin.notConfigured');
  if (code === 'invalid-input') return t('maintenance.pin.tooShort');
  return t('maintenance.error');
}

/**
 * The hidden admin entry: an invisible 48×48 button in the top-left corner (last in the tab order), five taps
 * within 3 s, then a PIN checked by the host, then the maintenance panel in a modal layer over the kiosk.
 * Entering ends any citizen visit first; the kiosk page is hidden while the layer is open.
 */
export function MaintenanceMode() {
  const t = useT();
  const api = useApp((s) => s.api);
  const screen = useApp((s) => s.screen);
  const resetCitizen = useApp((s) => s.resetCitizen);
  const [stage, setStage] = useState<Stage>('closed');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const counter = useMemo(() => createTapCounter(), []);
  const screenName = useRef(screen.name);
  screenName.current = screen.name;

  const close = useCallback(() => {
    setStage('closed');
    setPin('');
    setError(null);
    void api.system.reportScreen({ screen: screenName.current });
  }, [api]);

  const onCorner = () => {
    if (!counter.tap()) return;
    resetCitizen();
    setPin('');
    setError(null);
    setStage('pin');
    void api.system.reportScreen({ screen: 'maintenance' });
  };

  const submit = useCallback(async () => {
    if (busy) return;
    if (pin.length < 4) {
      setError(t('maintenance.pin.tooShort'));
      return;
    }
    setBusy(true);
    const r = await api.maintenance.unlock({ pin });
    setBusy(false);
    setPin('');
    if (r.ok) {
      setError(null);
      setStage('panel');
    } else setError(unlockMessage(t, r.error.code, r.error.detail));
  }, [api, busy, pin, t]);

  // Idle: the maintenance session ends like a citizen's does.
  useEffect(() => {
    if (stage === 'closed') return;
    const timer = createIdleTimer({
      timeoutMs: MAINTENANCE_IDLE_MS,
      warningMs: 0,
      onWarning: () => {},
      onTick: () => {},
      onActive: () => {},
      onTimeout: () => {
        void api.maintenance.exit({});
        close();
      },
    });
    const activity = () => timer.activity();
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const e of events) window.addEventListener(e, activity, true);
    return () => {
      for (const e of events) window.removeEventListener(e, activity, true);
      timer.dispose();
    };
  }, [stage, api, close]);

  // The kiosk under the layer must not take focus, be read out, or scroll under it.
  useEffect(() => {
    const root = document.getElementById('root');
    if (!root || stage === 'closed') return;
    root.hidden = true;
    return () => {
      root.hidden = false;
    };
  }, [stage]);

  return (
    <>
      <button
        type="button"
        className={styles.corner}
        aria-label={t('maintenance.corner')}
        onClick={onCorner}
        data-testid="maintenance-corner"
      />
      {stage === 'closed'
        ? null
        : createPortal(
            <div
              className={styles.layer}
              role="dialog"
              aria-modal="true"
              aria-labelledby="maintenance-title"
              data-testid="maintenance-layer"
            >
              <div className={styles.layerInner}>
                <h2 id="maintenance-title" className={styles.title}>
                  {stage === 'pin' ? t('maintenance.pin.title') : t('maintenance.title')}
                </h2>
                {stage === 'pin' ? (
                  <>
                    <p>{t('maintenance.pin.intro')}</p>
                    {error ? (
                      <p className={styles.error} role="alert" data-testid="maintenance-pin-error">
                        {error}
                      </p>
                    ) : null}
                    <PinPad value={pin} onChange={setPin} onSubmit={() => void submit()} disabled={busy} t={t} />
                    <div className={styles.actions}>
                      <Button onClick={close} testId="maintenance-cancel">
                        {t('maintenance.pin.cancel')}
                      </Button>
                      <Button primary onClick={() => void submit()} disabled={busy} testId="maintenance-pin-submit">
                        {busy ? t('maintenance.pin.checking') : t('maintenance.pin.submit')}
                      </Button>
                    </div>
                  </>
                ) : (
                  <MaintenancePanel api={api} t={t} onClose={close} />
                )}
              </div>
            </div>,
            document.body,
          )}
    </>
  );
}
