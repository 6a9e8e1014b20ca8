import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import styles from './PublicScreen.module.css';
import { SelectField } from './public-ui';
import { FAQ_TOPICS, SUPPORT_EMAIL, SUPPORT_HOTLINE } from '../../../preload/contract/channels/support';
import type { AskResult, FaqEntry, FaqTopic } from '../../../preload/contract/channels/support';
import { FAQ_EN } from '../../i18n/faq-en';
import { errorKey } from '../../i18n/i18n';
import type { Locale } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/i18n';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

const isTopic = (v: string): v is FaqTopic => (FAQ_TOPICS as readonly string[]).includes(v);

/** An entry in the screen's language: the host's corpus is Vietnamese, English comes from FAQ_EN by id. */
function inLocale(e: FaqEntry, locale: Locale): { question: string; answer: string; lang?: 'vi' } {
  if (locale === 'vi') return e;
  const en = FAQ_EN[e.id];
  // Not translated yet: the Vietnamese text, marked as such for screen readers.
  return en ?? { question: e.question, answer: e.answer, lang: 'vi' };
}

const folded = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function Assistant() {
  const t = useT();
  const api = useApp((s) => s.api);
  const locale = useApp((s) => s.locale);
  const [question, setQuestion] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [answer, setAnswer] = useState<AskResult | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const q = question.trim();
    setAnswer(null);
    if (q.length === 0) {
      setError('pub.faq.ask.empty');
      return;
    }
    setError(null);
    setBusy(true);
    const r = await api.support.ask({ question: q.slice(0, 300) });
    setBusy(false);
    if (r.ok) setAnswer(r.value);
    else setError(errorKey(r.error.code));
  };

  return (
    <div className={styles.section}>
      <h3 className={styles.sectionTitle}>{t('pub.faq.ask.title')}</h3>
      <form className={styles.form} onSubmit={(e) => void onSubmit(e)} noValidate data-testid="ask-form">
        <TextField
          name="question"
          label={t('pub.faq.ask.label')}
          placeholder={t('pub.faq.ask.placeholder')}
          value={question}
          onChange={setQuestion}
          maxLength={300}
          error={error ? t(error) : undefined}
        />
        <div className={styles.formActions}>
          <Button primary type="submit" disabled={busy} testId="ask-submit">
            {t('pub.faq.ask.submit')}
          </Button>
        </div>
      </form>
      {answer?.status === 'answered' ? (
        <div className={`${styles.status} ${styles.okPanel}`} role="status" aria-live="polite" data-testid="ask-answer">
          <p className={styles.label}>{t('pub.faq.ask.answer')}</p>
          <h4 className={styles.itemTitle} lang={inLocale(answer.entry, locale).lang}>
            {inLocale(answer.entry, locale).question}
          </h4>
          <p lang={inLocale(answer.entry, locale).lang}>{inLocale(answer.entry, locale).answer}</p>
        </div>
      ) : null}
      {answer?.status === 'unknown' ? (
        <div className={`${styles.status} ${styles.errorPanel}`} role="status" aria-live="polite" data-testid="ask-unknown">
          <p>{t('pub.faq.ask.unknown', { hotline: answer.hotline, email: answer.email })}</p>
        </div>
      ) : null}
    </div>
  );
}

function FaqList() {
  const t = useT();
  const api = useApp((s) => s.api);
  const locale = useApp((s) => s.locale);
  const [text, setText] = useState('');
  const [topic, setTopic] = useState<FaqTopic | ''>('');
  const [items, setItems] = useState<readonly FaqEntry[] | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);

  // Filters as the citizen types: the corpus is small and searched in memory on the main side.
  useEffect(() => {
    let live = true;
    const q = text.trim().slice(0, 200);
    // The host searches its Vietnamese text; English words are matched here against the English entries.
    const hostText = locale === 'vi' && q ? { text: q } : {};
    void api.support.faq({ ...hostText, ...(topic ? { topic } : {}) }).then((r) => {
      if (!live) return;
      if (r.ok) {
        const words = locale === 'vi' ? [] : folded(q).split(/\s+/).filter(Boolean);
        const matches = (e: FaqEntry) => {
          const shown = folded(`${inLocale(e, locale).question} ${inLocale(e, locale).answer}`);
          return words.every((w) => shown.includes(w));
        };
        setItems(r.value.items.filter(matches));
        setError(null);
      } else setError(errorKey(r.error.code));
    });
    return () => {
      live = false;
    };
  }, [api, text, topic, locale]);

  return (
    <div className={styles.section}>
      <h3 className={styles.sectionTitle}>{t('pub.faq.list.title')}</h3>
      <div className={styles.form}>
        <TextField name="faqFilter" label={t('pub.faq.filter')} value={text} onChange={setText} maxLength={200} />
        <SelectField label={t('pub.faq.topic')} name="topic" value={topic} onChange={(v) => setTopic(isTopic(v) ? v : '')}>
          <option value="">{t('pub.faq.topic.any')}</option>
          {FAQ_TOPICS.map((k) => (
            <option key={k} value={k}>
              {t(`pub.faq.topic.${k}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {error ? (
        <p className={`${styles.status} ${styles.errorPanel}`} role="alert">
          {t(error)}
        </p>
      ) : null}
      {items !== null && items.length === 0 ? (
        <p className={styles.status} role="status" data-testid="faq-none">
          {t('pub.faq.none')}
        </p>
      ) : null}
      <ul className={styles.list} data-testid="faq-list">
        {(items ?? []).map((e) => {
          const shown = inLocale(e, locale);
          return (
            <li key={e.id} lang={shown.lang}>
              <details className={styles.faqItem}>
                <summary>{shown.question}</summary>
                <p>{shown.answer}</p>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function FaqScreen() {
  const t = useT();
  return (
    <section aria-labelledby="faq-title">
      <h2 id="faq-title" className={styles.title}>
        {t('pub.faq.title')}
      </h2>
      <p className={`${styles.intro} ${styles.contact}`}>{t('pub.contact', { hotline: SUPPORT_HOTLINE, email: SUPPORT_EMAIL })}</p>
      <Assistant />
      <FaqList />
    </section>
  );
}
