import styles from './App.module.css';
import { IdleGuard } from './IdleGuard';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { missingCase } from '../state/screens';
import type { Screen } from '../state/screens';
import { AccountScreenView } from '../screens/account/AccountScreenView';
import { SignOutButton } from '../screens/account/SignOutButton';
import { DeviceHealthScreen } from '../screens/devices/DeviceHealthScreen';
import { HomeScreen } from '../screens/home/HomeScreen';
import { LookupScreen } from '../screens/lookup/LookupScreen';
import { PublicScreen } from '../screens/public/PublicScreen';
import { RegistrationCheckScreen } from '../screens/registration/RegistrationCheckScreen';
import { SelfRegistrationScreen } from '../screens/registration/SelfRegistrationScreen';
import { TakeTicketScreen } from '../screens/queue/TakeTicketScreen';
import { MaintenanceMode } from '../screens/maintenance/MaintenanceMode';
import { useApp, useT } from '../state/store-context';
import { AppHeader } from '../ui/AppHeader';
import { DisplayControls } from './DisplayControls';
import { HeaderButton } from '../ui/HeaderButton';
import { TranslateContext } from '../ui/translate-context';

function ScreenView({ screen }: { readonly screen: Screen }) {
  switch (screen.name) {
    case 'home':
      return <HomeScreen />;
    case 'lookup':
      return <LookupScreen />;
    case 'devices':
      return <DeviceHealthScreen />;
    case 'offices':
    case 'facilities':
    case 'employers':
    case 'collectionPoints':
    case 'faq':
    case 'feedback':
    case 'news':
      return <PublicScreen name={screen.name} />;
    case 'regCheck':
      return <RegistrationCheckScreen />;
    case 'regSelf':
      return <SelfRegistrationScreen />;
    case 'takeTicket':
      return <TakeTicketScreen />;
    case 'signIn':
    case 'forcedPasswordChange':
    case 'records':
    case 'profile':
    case 'card':
    case 'participation':
    case 'benefits':
    case 'visits':
    case 'changePassword':
      return <AccountScreenView screen={screen} />;
    default:
      return missingCase(screen);
  }
}

export function App() {
  const t = useT();
  const screen = useApp((s) => s.screen);
  const locale = useApp((s) => s.locale);
  const setLocale = useApp((s) => s.setLocale);
  const resetCitizen = useApp((s) => s.resetCitizen);

  return (
    <TranslateContext.Provider value={t}>
      <div className={styles.shell} data-screen={screen.name}>
        <AppHeader title={t('app.title')} subtitle={t('app.subtitle')} locale={locale} onLocale={setLocale} t={t}>
          <DisplayControls />
          <SignOutButton />
          {screen.name !== 'home' ? (
            <HeaderButton onClick={() => resetCitizen('flow-end')} testId="go-home">
              {t('app.home')}
            </HeaderButton>
          ) : null}
        </AppHeader>
        <main className={styles.main}>
          <ScreenErrorBoundary>
            <ScreenView screen={screen} />
          </ScreenErrorBoundary>
        </main>
        <IdleGuard />
        <MaintenanceMode />
      </div>
    </TranslateContext.Provider>
  );
}
