import { useState } from 'react';
import type { FormEvent } from 'react';
import styles from './Account.module.css';
import { AccountField } from './AccountField';
import { accountErrorText, wrongOtpInChange } from './account-error';
import type { KioskError } from '../../../preload/contract/result';
import { Button } from '../../ui/Button';
import { useAccount } from '../../state/account-store';
import type { Outcome } from '../../state/account-store';
import { useApp, useT } from '../../state/store-context';

function usePasswordForm() {
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [newPasswordRepeat, setRepeat] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  return { oldPassword, setOld, newPassword, setNew, newPasswordRepeat, setRepeat, error, setError };
}

function PasswordFields({ f }: { readonly f: ReturnType<typeof usePasswordForm> }) {
  const t = useT();
  return (
    <>
      <AccountField
        label={t('account.oldPassword')}
        name="oldPassword"
        kind="password"
        maxLength={128}
        value={f.oldPassword}
        onChange={f.setOld}
      />
      <p className={styles.rules}>{t('account.passwordRules')}</p>
      <AccountField
        label={t('account.newPassword')}
        name="newPassword"
        kind="password"
        maxLength={128}
        value={f.newPassword}
        onChange={f.setNew}
      />
      <AccountField
        label={t('account.newPasswordRepeat')}
        name="newPasswordRepeat"
        kind="password"
        maxLength={128}
        value={f.newPasswordRepeat}
        onChange={f.setRepeat}
      />
    </>
  );
}

export function ForcedPasswordChangeScreen() {
  const t = useT();
  const auth = useAccount((s) => s.auth);
  const change = useAccount((s) => s.forcedChangePassword);
  const f = usePasswordForm();
  const reason =
    auth.phase === 'signed-in' && auth.mustChangePassword === 'expired' ? 'account.forced.expired' : 'account.forced.first-login';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await change({ oldPassword: f.oldPassword, newPassword: f.newPassword, newPasswordRepeat: f.newPasswordRepeat });
    f.setError(r.ok ? null : r.error);
  };
  return (
    <section aria-labelledby="forced-title">
      <h2 id="forced-title" className={styles.title}>
        {t('account.forced.title')}
      </h2>
      <p className={styles.intro}>{t(reason)}</p>
      <form className={styles.panel} onSubmit={(e) => void submit(e)} noValidate>
        {f.error ? (
          <p className={styles.error} role="alert" data-testid="account-error">
            {accountErrorText(t, f.error, 'change')}
          </p>
        ) : null}
        <PasswordFields f={f} />
        <div className={styles.actions}>
          <Button primary type="submit" testId="forced-change-submit">
            {t('account.change.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

export function ChangePasswordScreen() {
  const t = useT();
  const go = useApp((s) => s.go);
  const requestOtp = useAccount((s) => s.requestPasswordOtp);
  const change = useAccount((s) => s.changePassword);
  const f = usePasswordForm();
  const [otp, setOtp] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const show = (r: Outcome) => f.setError(r.ok ? null : r.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await change({ oldPassword: f.oldPassword, newPassword: f.newPassword, newPasswordRepeat: f.newPasswordRepeat, otp });
    show(r);
    if (r.ok) setDone(true);
    else if (r.error.code === 'unauthorized' && r.error.detail?.remainingAttempts !== undefined) {
      // Only the field that was wrong is emptied for the retry; everything else the citizen typed stays.
      if (wrongOtpInChange(r.error, 'change')) setOtp('');
      else f.setOld('');
    }
  };
  return (
    <section aria-labelledby="change-title">
      <h2 id="change-title" className={styles.title}>
        {t('account.change.title')}
      </h2>
      {done ? (
        <div className={styles.panel}>
          <p className={styles.info} role="status" data-testid="change-done">
            {t('account.change.done')}
          </p>
          <Button onClick={() => go({ name: 'records' })}>{t('records.backToMenu')}</Button>
        </div>
      ) : (
        <form className={styles.panel} onSubmit={(e) => void submit(e)} noValidate>
          {f.error ? (
            <p className={styles.error} role="alert" data-testid="account-error">
              {accountErrorText(t, f.error, 'change')}
            </p>
          ) : null}
          <PasswordFields f={f} />
          {sentTo !== null ? (
            <p className={styles.info} role="status">
              {t('account.otp.sent', { phone: sentTo })}
            </p>
          ) : null}
          <div className={styles.otpRow}>
            <Button
              testId="change-request-otp"
              onClick={() =>
                void requestOtp().then((r) => {
                  show(r);
                  if (r.ok && r.otpSentTo !== undefined) setSentTo(r.otpSentTo);
                })
              }
            >
              {t('account.change.requestOtp')}
            </Button>
          </div>
          <AccountField label={t('account.otp.code')} name="otp" kind="digits" maxLength={6} value={otp} onChange={setOtp} />
          <div className={styles.actions}>
            <Button primary type="submit" testId="change-submit">
              {t('account.change.submit')}
            </Button>
            <Button onClick={() => go({ name: 'records' })}>{t('records.backToMenu')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
