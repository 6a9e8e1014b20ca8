import styles from './Account.module.css';
import { useAccount } from '../../state/account-store';
import { useT } from '../../state/store-context';

/** Shown in the header whenever a citizen is signed in. */
export function SignOutButton() {
  const t = useT();
  const auth = useAccount((s) => s.auth);
  const signOut = useAccount((s) => s.signOut);
  if (auth.phase !== 'signed-in') return null;
  return (
    <>
      <span className={styles.who}>{t('account.signedInAs', { name: auth.maskedName })}</span>
      <button type="button" className={styles.signOut} onClick={() => void signOut()} data-testid="sign-out">
        {t('account.signOut')}
      </button>
    </>
  );
}
