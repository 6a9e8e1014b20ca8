import type { ReportedScreen } from '../../preload/contract/channels/system';
import { Component, useEffect, useState } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import type { KioskApi } from '../../preload/contract/kiosk-api';
import type { Translate } from '../i18n/i18n';
import { useApp, useT } from '../state/store-context';
import { Button } from '../ui/Button';
import styles from './ScreenErrorBoundary.module.css';
import { errorName, newErrorReference } from './error-reference';

/** Seconds the error screen waits before returning home by itself. */
export const ERROR_RETURN_SECONDS = 10;

declare global {
  interface Window {
    /** Present only with emulated devices: makes the current screen throw while rendering (e2e of this boundary). */
    __kioskCrashForTest?: () => void;
  }
}

class KioskTestCrash extends Error {
  override name = 'KioskTestCrash';
}

function CrashOnRender(): never {
  throw new KioskTestCrash('render failure requested by a test');
}

function ErrorScreen({ reference, t, onHome }: { readonly reference: string; readonly t: Translate; readonly onHome: () => void }) {
  const [left, setLeft] = useState(ERROR_RETURN_SECONDS);
  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => s - 1), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) onHome();
  }, [left, onHome]);
  return (
    <section className={styles.box} role="alert" aria-labelledby="crash-title" data-testid="error-screen">
      <h2 id="crash-title" className={styles.title}>
        {t('crash.title')}
      </h2>
      <p>{t('crash.message')}</p>
      <p className={styles.reference} data-testid="error-reference" data-reference={reference}>
        {t('crash.reference', { reference })}
      </p>
      <p>{t('crash.referenceHelp')}</p>
      <p className={styles.countdown}>{t('crash.countdown', { seconds: Math.max(0, left) })}</p>
      <Button primary onClick={onHome} testId="error-home">
        {t('crash.home')}
      </Button>
    </section>
  );
}

interface BoundaryProps {
  readonly children: ReactNode;
  readonly api: KioskApi;
  readonly screen: ReportedScreen;
  readonly t: Translate;
  readonly onHome: () => void;
}

class Boundary extends Component<BoundaryProps, { readonly reference: string | null }> {
  override state = { reference: null as string | null };

  static getDerivedStateFromError(): { reference: string } {
    return { reference: newErrorReference() };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    const reference = this.state.reference ?? newErrorReference();
    void this.props.api.system.reportError({ reference, screen: this.props.screen, error: errorName(error) });
  }

  private readonly home = (): void => {
    this.setState({ reference: null });
    this.props.onHome();
  };

  override render(): ReactNode {
    if (this.state.reference !== null) return <ErrorScreen reference={this.state.reference} t={this.props.t} onHome={this.home} />;
    return this.props.children;
  }
}

/**
 * Catches an uncaught error while a screen renders: a friendly Vietnamese screen with a reference number (also in
 * the host log, without personal data), then home — wiping the citizen — on the button or after a few seconds.
 */
export function ScreenErrorBoundary({ children }: { readonly children: ReactNode }) {
  const t = useT();
  const api = useApp((s) => s.api);
  const screen = useApp((s) => s.screen.name);
  const resetCitizen = useApp((s) => s.resetCitizen);
  const [crash, setCrash] = useState(false);

  useEffect(() => {
    let live = true;
    void api.system.info({}).then((r) => {
      if (live && r.ok && r.value.devices === 'emulated') window.__kioskCrashForTest = () => setCrash(true);
    });
    return () => {
      live = false;
      delete window.__kioskCrashForTest;
    };
  }, [api]);

  const onHome = () => {
    setCrash(false);
    resetCitizen();
  };

  return (
    <Boundary api={api} screen={screen} t={t} onHome={onHome}>
      {crash ? <CrashOnRender /> : children}
    </Boundary>
  );
}
