import type { AccountScreen } from '../../state/account-screens';
import { ChangePasswordScreen, ForcedPasswordChangeScreen } from './PasswordChangeScreens';
import { SignInScreen } from './SignInScreen';
import { missingCase } from '../../state/screens';
import { useAccount } from '../../state/account-store';
import { BenefitsScreen, CardScreen, ParticipationScreen, ProfileScreen, RecordsMenuScreen, VisitsScreen } from '../records/RecordsScreens';

/** Sign-in and records screens; anything past sign-in falls back to the sign-in screen when nobody is signed in. */
export function AccountScreenView({ screen }: { readonly screen: AccountScreen }) {
  const auth = useAccount((s) => s.auth);
  if (screen.name === 'signIn' || auth.phase !== 'signed-in') return <SignInScreen />;
  if (auth.mustChangePassword !== null) return <ForcedPasswordChangeScreen />;
  switch (screen.name) {
    case 'forcedPasswordChange':
    case 'records':
      return <RecordsMenuScreen />;
    case 'profile':
      return <ProfileScreen />;
    case 'card':
      return <CardScreen />;
    case 'participation':
      return <ParticipationScreen />;
    case 'benefits':
      return <BenefitsScreen />;
    case 'visits':
      return <VisitsScreen />;
    case 'changePassword':
      return <ChangePasswordScreen />;
    default:
      return missingCase(screen);
  }
}
