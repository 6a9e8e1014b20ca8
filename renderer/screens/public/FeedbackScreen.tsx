import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import styles from './PublicScreen.module.css';
import { SelectField } from './public-ui';
import { FEEDBACK_MESSAGE_MAX, FEEDBACK_TOPICS, SUPPORT_EMAIL, SUPPORT_HOTLINE } from '../../../preload/contract/channels/support';
import type { FeedbackTopic } from '../../../preload/contract/channels/support';
import { errorKey } from '../../i18n/i18n';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

type Problem =
  | { readonly field: 'message'; readonly kind: 'empty' | 'tooLong' }
  | { readonly field: 'phone' }
  | { readonly field: 'server'; readonly code: string };

const isTopic = (v: string): v is FeedbackTopic => (FEEDBACK_TOPICS as readonly string[]).includes(v);

export function FeedbackScreen() {
  const t = useT();
  const api = useApp((s) => s.api);
  const [topic, setTopic] = useState<FeedbackTopic>('thu-tuc');
  const [message, setMessage] = useState('');
  const [phone, setPhone] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);
  const [sentId, setSentId] = useState<number | null>(null);
  const ids = { counter: useId(), error: useId() };
  const length = message.trim().length;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    // Checked here too, so the citizen gets a clear sentence and keeps what they wrote.
    if (length === 0) return setProblem({ field: 'message', kind: 'empty' });
    if (length > FEEDBACK_MESSAGE_MAX) return setProblem({ field: 'message', kind: 'tooLong' });
    const digits = phone.replace(/\D+/g, '');
    if (digits && !/^0[35789]\d{8}$/.test(digits)) return setProblem({ field: 'phone' });
    setProblem(null);
    setSending(true);
    const r = await api.support.feedback({ topic, message: message.trim(), ...(digits ? { phone: digits } : {}) });
    setSending(false);
    if (r.ok) {
      setSentId(r.value.id);
      setMessage('');
      setPhone('');
    } else setProblem({ field: 'server', code: r.error.code });
  };

  const messageError =
    problem?.field === 'message'
      ? problem.kind === 'empty'
        ? t('pub.feedback.error.empty')
        : t('pub.feedback.error.tooLong', { max: FEEDBACK_MESSAGE_MAX, count: length })
      : null;

  return (
    <section aria-labelledby="feedback-title">
      <h2 id="feedback-title" className={styles.title}>
        {t('pub.feedback.title')}
      </h2>
      <p className={styles.intro}>{t('pub.feedback.intro')}</p>
      <p className={styles.contact} data-testid="feedback-contact">
        {t('pub.contact', { hotline: SUPPORT_HOTLINE, email: SUPPORT_EMAIL })}
      </p>
      {sentId !== null ? (
        <>
          <div className={`${styles.status} ${styles.okPanel}`} role="status" aria-live="polite" data-testid="feedback-sent">
            {t('pub.feedback.sent', { id: sentId })}
          </div>
          <Button onClick={() => setSentId(null)} testId="feedback-again">
            {t('pub.feedback.again')}
          </Button>
        </>
      ) : (
        <form className={styles.detailCard} onSubmit={(e) => void onSubmit(e)} noValidate data-testid="feedback-form">
          <SelectField label={t('pub.feedback.topic')} name="topic" value={topic} onChange={(v) => isTopic(v) && setTopic(v)}>
            {FEEDBACK_TOPICS.map((k) => (
              <option key={k} value={k}>
                {t(`pub.feedback.topic.${k}`)}
              </option>
            ))}
          </SelectField>
          <div className={styles.field}>
            {/* No maxLength: a pasted long text must stay visible so it can be shortened, not silently cut. */}
            <TextField
              multiline
              name="message"
              label={t('pub.feedback.message')}
              className={styles.textarea}
              value={message}
              onChange={setMessage}
              invalid={messageError !== null}
              describedBy={messageError ? `${ids.error} ${ids.counter}` : ids.counter}
              testId="feedback-message"
            />
            <span id={ids.counter} className={styles.counter}>
              {t('pub.feedback.count', { count: length, max: FEEDBACK_MESSAGE_MAX })}
            </span>
            {messageError ? (
              <div id={ids.error} className={styles.error} role="alert" data-testid="feedback-error">
                {messageError}
              </div>
            ) : null}
          </div>
          <TextField
            name="phone"
            label={t('pub.feedback.phone')}
            value={phone}
            onChange={(v) => setPhone(v.replace(/[^\d ]+/g, ''))}
            numeric
            maxLength={12}
            error={problem?.field === 'phone' ? t('pub.feedback.error.phone') : undefined}
          />
          {problem?.field === 'server' ? (
            <p className={`${styles.status} ${styles.errorPanel}`} role="alert">
              {t(errorKey(problem.code))}
            </p>
          ) : null}
          <Button primary type="submit" disabled={sending} testId="feedback-submit">
            {sending ? t('pub.feedback.sending') : t('pub.feedback.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
