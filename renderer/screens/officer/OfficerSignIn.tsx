import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import styles from './Officer.module.css';

const COUNTER_KEY = 'officer-counter';
const DEFAULT_IDLE_MINUTES = 15;

export function OfficerSignIn() {
  const t = useOfficerT();
  const signIn = useOfficer((s) => s.signIn);
  const busy = useOfficer((s) => s.busy);
  const message = useOfficer((s) => s.message);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // The counter is a property of the desk, not of the officer: remembered by this browser.
  const [counter, setCounter] = useState(() => localStorage.getItem(COUNTER_KEY) ?? '1');
  const ids = { user: useId(), pass: useId(), counter: useId(), err: useId() };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy || username.trim() === '' || password === '' || counter.trim() === '') return;
    localStorage.setItem(COUNTER_KEY, counter.trim());
    const pw = password;
    setPassword('');
    void signIn({ username: username.trim(), password: pw, counter: counter.trim() });
  };

  return (
    <section className={`${styles.panel} ${styles.narrow}`} aria-labelledby={`${ids.user}-title`} data-testid="officer-sign-in">
      <h2 className={styles.h2} id={`${ids.user}-title`}>
        {t('officer.signIn.title')}
      </h2>
      <p className={styles.muted}>{t('officer.signIn.intro', { minutes: DEFAULT_IDLE_MINUTES })}</p>
      {message ? (
        <div className={styles.alert} role="alert" id={ids.err} data-testid="officer-message">
          {t(message.key, message.params)}
        </div>
      ) : null}
      <form onSubmit={submit}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={ids.user}>
            {t('officer.username')}
          </label>
          <input
            id={ids.user}
            name="username"
            className={styles.input}
            value={username}
            autoComplete="username"
            autoCapitalize="none"
            onChange={(e) => setUsername(e.target.value.normalize('NFC'))}
          />
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={ids.pass}>
            {t('officer.password')}
          </label>
          <input
            id={ids.pass}
            name="password"
            type="password"
            className={styles.input}
            value={password}
            autoComplete="current-password"
            onChange={(e) => setPassword(e.target.value.normalize('NFC'))}
          />
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={ids.counter}>
            {t('officer.counter')}
          </label>
          <input
            id={ids.counter}
            name="counter"
            className={styles.input}
            value={counter}
            maxLength={20}
            onChange={(e) => setCounter(e.target.value.normalize('NFC'))}
          />
        </div>
        <Button primary type="submit" disabled={busy} testId="officer-sign-in-submit">
          {busy ? t('officer.signIn.busy') : t('officer.signIn.submit')}
        </Button>
      </form>
    </section>
  );
}
