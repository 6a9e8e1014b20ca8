/**
 * The counter console: the same renderer as the kiosk, shown when the host is a counter station (`--station counter:N`, see
 * README). An officer at a desk
 * signs in, works the queue and decides; after the session's idle minutes without input the console signs out by
 * itself (the host enforces the same limit on its side).
 */
import { useEffect } from 'react';
import { createIdleTimer } from '../../lib/idle-timer';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import { AppHeader } from '../../ui/AppHeader';
import { HeaderButton } from '../../ui/HeaderButton';
import { OfficerCardPrint } from './OfficerCardPrint';
import { OfficerDetail } from './OfficerDetail';
import { OfficerQueue } from './OfficerQueue';
import { OfficerResult } from './OfficerResult';
import { OfficerSignIn } from './OfficerSignIn';
import { OfficerSupervisor } from './OfficerSupervisor';
import { OfficerReport } from './OfficerReport';
import styles from './Officer.module.css';
import { TranslateContext } from '../../ui/translate-context';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

function useIdleSignOut(): void {
  const session = useOfficer((s) => s.session);
  const signOut = useOfficer((s) => s.signOut);
  const timeoutMs = session?.idleTimeoutMs ?? 0;
  useEffect(() => {
    if (timeoutMs === 0) return;
    const timer = createIdleTimer({
      timeoutMs,
      warningMs: 0,
      onWarning: () => {},
      onTick: () => {},
      onActive: () => {},
      onTimeout: () => void signOut('idle'),
    });
    const onActivity = () => timer.activity();
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true });
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity);
      timer.dispose();
    };
  }, [timeoutMs, signOut]);
}

function View() {
  const view = useOfficer((s) => s.view);
  switch (view.name) {
    case 'signIn':
      return <OfficerSignIn />;
    case 'queue':
      return <OfficerQueue />;
    case 'detail':
      return <OfficerDetail />;
    case 'result':
      return <OfficerResult outcome={view.outcome} />;
    case 'cardPrint':
      return <OfficerCardPrint initialNumber={view.insuranceNumber} />;
    case 'supervisor':
      return <OfficerSupervisor />;
    case 'report':
      return <OfficerReport />;
    default: {
      const never: never = view;
      throw new Error(`unhandled view ${JSON.stringify(never)}`);
    }
  }
}

export function OfficerApp() {
  const t = useOfficerT();
  const session = useOfficer((s) => s.session);
  const view = useOfficer((s) => s.view);
  const locale = useOfficer((s) => s.locale);
  const setLocale = useOfficer((s) => s.setLocale);
  const signOut = useOfficer((s) => s.signOut);
  useIdleSignOut();

  return (
    <TranslateContext.Provider value={t}>
      <div className={styles.shell} data-screen={`officer-${view.name}`}>
        <AppHeader dense title={t('app.title')} subtitle={t('officer.app.subtitle')} locale={locale} onLocale={setLocale} t={t}>
          {session ? (
            <>
              <span className={styles.who} data-testid="officer-who">
                {t('officer.signedInAs', { name: session.displayName, counter: session.counter })}
              </span>
              <HeaderButton onClick={() => void signOut()} testId="officer-sign-out">
                {t('officer.signOut')}
              </HeaderButton>
            </>
          ) : null}
        </AppHeader>
        <main className={styles.main}>
          <View />
        </main>
      </div>
    </TranslateContext.Provider>
  );
}
