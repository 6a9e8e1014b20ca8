import { SUPPORT_HOTLINE } from '../../../preload/contract/channels/support';
import { useState } from 'react';
import type { FormEvent } from 'react';
import styles from './Account.module.css';
import { AccountField } from './AccountField';
import { accountErrorText } from './account-error';
import type { ErrorContext } from './account-error';
import type { KioskError } from '../../../preload/contract/result';
import { Button } from '../../ui/Button';
import { signedInElsewhere, useAccount } from '../../state/account-store';
import { useApp, useT } from '../../state/store-context';
import { useReaderAvailable } from './use-reader-available';

type Tab = 'password' | 'card';

export function SignInScreen() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('password');
  // A code was sent (CCCD sign-in, or a password sign-in of an account signed in elsewhere): the OTP step, either tab.
  const otpStep = useAccount((s) => s.auth.phase === 'otp-sent');
  return (
    <section aria-labelledby="signin-title">
      <h2 id="signin-title" className={styles.title}>
        {t('account.signIn.title')}
      </h2>
      <p className={styles.intro}>{t('account.signIn.intro')}</p>
      <div className={styles.panel}>
        <div role="tablist" className={styles.tabs} aria-label={t('account.signIn.title')}>
          {(['password', 'card'] as const).map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              className={styles.tab}
              onClick={() => setTab(id)}
            >
              {t(id === 'password' ? 'account.tab.password' : 'account.tab.card')}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {otpStep ? <OtpStep /> : tab === 'password' ? <PasswordSignIn /> : <CardSignIn />}
        </div>
      </div>
    </section>
  );
}

function ErrorLine({ error, context }: { readonly error: KioskError | null; readonly context: ErrorContext }) {
  const t = useT();
  if (error === null) return null;
  return (
    <p className={styles.error} role="alert" data-testid="account-error">
      {accountErrorText(t, error, context)}
    </p>
  );
}

function PasswordSignIn() {
  const t = useT();
  const signIn = useAccount((s) => s.signIn);
  const [insuranceNumber, setNumber] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KioskError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await signIn(insuranceNumber, password);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      setPassword('');
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorLine error={error} context="password" />
      <AccountField
        label={t('account.insuranceNumber')}
        name="insuranceNumber"
        kind="digits"
        maxLength={10}
        value={insuranceNumber}
        onChange={setNumber}
      />
      <AccountField label={t('account.password')} name="password" kind="password" maxLength={128} value={password} onChange={setPassword} />
      <div className={styles.actions}>
        <Button primary type="submit" disabled={busy} testId="sign-in-submit">
          {busy ? t('account.signIn.busy') : t('account.signIn.submit')}
        </Button>
      </div>
      <ForgotPassword />
    </form>
  );
}

/** Always on the password tab, so a forgotten password or a lockout is never a dead end. */
function ForgotPassword() {
  const t = useT();
  return (
    <div className={styles.forgot} data-testid="forgot-password">
      <strong>{t('account.forgot.title')}</strong> {t('account.forgot.help', { hotline: SUPPORT_HOTLINE })}
    </div>
  );
}

/** The code step of a CCCD sign-in, and of a sign-in whose account is signed in on another screen (with a warning). */
function OtpStep() {
  const t = useT();
  const auth = useAccount((s) => s.auth);
  const verifyOtp = useAccount((s) => s.verifyOtp);
  const resendOtp = useAccount((s) => s.resendOtp);
  const [code, setCode] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const run = async (call: () => Promise<{ ok: boolean; error?: KioskError }>) => {
    const r = await call();
    // The warning below already says it when the host asks for the code again because of another screen.
    setError(!r.ok && r.error && !signedInElsewhere(r.error) ? r.error : null);
  };
  if (auth.phase !== 'otp-sent') return null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => verifyOtp(code));
      }}
      noValidate
    >
      {auth.signedInElsewhere === true ? (
        <p className={styles.error} role="alert" data-testid="signed-in-elsewhere">
          {t('account.elsewhere.warning')}
        </p>
      ) : null}
      <p className={styles.info} role="status">
        {auth.otpSentTo === '' ? t('account.elsewhere.resendHint') : t('account.otp.sent', { phone: auth.otpSentTo })}
      </p>
      <ErrorLine error={error} context="otp" />
      <AccountField label={t('account.otp.code')} name="otp" kind="digits" maxLength={6} value={code} onChange={setCode} />
      <div className={styles.actions}>
        <Button primary type="submit" testId="otp-verify">
          {t('account.otp.verify')}
        </Button>
        <Button onClick={() => void run(resendOtp)} testId="otp-resend">
          {t('account.otp.resend')}
        </Button>
      </div>
    </form>
  );
}

function CardSignIn() {
  const t = useT();
  const signInWithCard = useAccount((s) => s.signInWithCard);
  const scan = useApp((s) => s.citizen.scan);
  const scannedCard = scan?.ok === true && scan.code.kind === 'cccd' ? scan.code : null;
  const readerAvailable = useReaderAvailable();
  const [error, setError] = useState<{ e: KioskError; context: ErrorContext } | null>(null);
  const run = async (context: ErrorContext, call: () => Promise<{ ok: boolean; error?: KioskError }>) => {
    const r = await call();
    setError(!r.ok && r.error ? { e: r.error, context } : null);
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void run('card', signInWithCard);
      }}
      noValidate
    >
      <p className={styles.rules}>{t('account.card.scanHint')}</p>
      <ErrorLine error={error?.e ?? null} context={error?.context ?? 'card'} />
      <p className={scannedCard === null && !readerAvailable ? styles.error : styles.info} role="status" data-testid="card-scan-status">
        {scannedCard !== null
          ? t('account.card.scanned', { name: scannedCard.fullName })
          : !readerAvailable
            ? t('account.card.readerUnavailable')
            : t(scan?.ok === true && scan.code.kind === 'bhyt' ? 'account.card.notCccd' : 'account.card.waiting')}
      </p>
      <div className={styles.actions}>
        <Button primary type="submit" testId="card-send-otp">
          {t('account.card.send')}
        </Button>
      </div>
    </form>
  );
}
