import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { InputField } from '../../ui/InputField';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import styles from './Officer.module.css';

const COUNTER_KEY = 'officer-counter';
const DEFAULT_IDLE_MINUTES = 15;

export function OfficerSignIn() {
  const t = useOfficerT();
  const signIn = useOfficer((s) => s.signIn);
  const busy = useOfficer((s) => s.busy);
  const message = useOfficer((s) => s.message);
  // A counter station's counter is the host's, not the browser's: shown, never typed.
  const stationCounter = useOfficer((s) => s.stationCounter);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // The counter is a property of the desk, not of the officer: remembered by this browser.
  const [counter, setCounter] = useState(() => localStorage.getItem(COUNTER_KEY) ?? '1');
  const ids = { title: useId(), err: useId() };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy || username.trim() === '' || password === '' || (stationCounter === null && counter.trim() === '')) return;
    const pw = password;
    setPassword('');
    if (stationCounter !== null) {
      void signIn({ username: username.trim(), password: pw });
      return;
    }
    localStorage.setItem(COUNTER_KEY, counter.trim());
    void signIn({ username: username.trim(), password: pw, counter: counter.trim() });
  };

  return (
    <section className={`${styles.panel} ${styles.narrow}`} aria-labelledby={ids.title} data-testid="officer-sign-in">
      <h2 className={styles.h2} id={ids.title}>
        {t('officer.signIn.title')}
      </h2>
      <p className={styles.muted}>{t('officer.signIn.intro', { minutes: DEFAULT_IDLE_MINUTES })}</p>
      {message ? (
        <div className={styles.alert} role="alert" id={ids.err} data-testid="officer-message">
          {t(message.key, message.params)}
        </div>
      ) : null}
      <form onSubmit={submit}>
        <InputField
          label={t('officer.username')}
          name="username"
          value={username}
          onValue={setUsername}
          autoComplete="username"
          autoCapitalize="none"
        />
        <InputField
          label={t('officer.password')}
          name="password"
          type="password"
          value={password}
          onValue={setPassword}
          autoComplete="current-password"
        />
        {stationCounter === null ? (
          <InputField label={t('officer.counter')} name="counter" value={counter} onValue={setCounter} maxLength={20} />
        ) : (
          <p className={styles.muted} data-testid="officer-station-counter">
            {t('officer.stationCounter', { counter: stationCounter })}
          </p>
        )}
        <Button primary type="submit" disabled={busy} testId="officer-sign-in-submit">
          {busy ? t('officer.signIn.busy') : t('officer.signIn.submit')}
        </Button>
      </form>
    </section>
  );
}
