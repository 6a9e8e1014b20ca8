/**
 * The counter's citizen-facing screen (`?view=rating`, a second window of the counter station; issue #18): after
 * the officer finishes a ticket here (approve, reject or "Hoàn thành"), four big faces ask how it went; the citizen
 * may add reasons; a thank-you, then idle again by itself. Anonymous: nothing about the citizen is sent or stored.
 */
import { RATING_LEVELS, RATING_REASONS, type RatingLevel } from '../../../preload/contract/channels/rating';
import { translator } from '../../i18n/i18n';
import { useRating } from '../../state/rating-context';
import { AppHeader } from '../../ui/AppHeader';
import styles from './Rating.module.css';

/** Mouth curves per level: a wide smile to a frown (drawn, so no emoji font is needed). */
const MOUTH: Readonly<Record<RatingLevel, string>> = {
  'very-satisfied': 'M30 60 Q50 82 70 60',
  satisfied: 'M32 62 Q50 74 68 62',
  neutral: 'M33 66 L67 66',
  dissatisfied: 'M32 72 Q50 58 68 72',
};

function Face({ level }: { readonly level: RatingLevel }) {
  return (
    <svg viewBox="0 0 100 100" className={styles.face} aria-hidden="true">
      <circle cx="50" cy="50" r="46" className={styles[`faceBg-${level}`]} />
      <circle cx="35" cy="40" r="6" className={styles.eye} />
      <circle cx="65" cy="40" r="6" className={styles.eye} />
      <path d={MOUTH[level]} className={styles.mouth} />
    </svg>
  );
}

export function RatingApp() {
  const locale = useRating((s) => s.locale);
  const setLocale = useRating((s) => s.setLocale);
  const phase = useRating((s) => s.phase);
  const choose = useRating((s) => s.choose);
  const toggleReason = useRating((s) => s.toggleReason);
  const send = useRating((s) => s.send);
  const skip = useRating((s) => s.skip);
  const t = translator(locale);
  const visit = phase.name === 'ask' || phase.name === 'reasons' ? phase : null;
  return (
    <div className={styles.shell} data-screen={`rating-${phase.name}`} data-testid="rating-screen">
      <AppHeader title={t('app.title')} subtitle={t('rating.anonymous')} locale={locale} onLocale={setLocale} t={t} />
      <main className={styles.main}>
        {phase.name === 'idle' ? (
          <div className={styles.idle} data-testid="rating-idle">
            {phase.notice ? <p className={styles.notice}>{t(phase.notice)}</p> : null}
            <p>{t('rating.idle')}</p>
          </div>
        ) : null}
        {visit !== null ? (
          <section aria-labelledby="rating-title" className={styles.ask}>
            <p className={styles.ticket} data-testid="rating-ticket">
              {t('rating.ticket', { label: visit.label, service: t(`service.${visit.service}`) })}
            </p>
            <h1 id="rating-title" className={styles.title}>
              {t('rating.title')}
            </h1>
            <div className={styles.faces}>
              {RATING_LEVELS.map((level) => (
                <button
                  key={level}
                  type="button"
                  className={`${styles.level} ${phase.name === 'reasons' && phase.level === level ? styles.chosen : ''}`}
                  aria-pressed={phase.name === 'reasons' && phase.level === level}
                  onClick={() => void choose(level)}
                  data-testid={`rating-${level}`}
                >
                  <Face level={level} />
                  <span className={styles.levelText}>{t(`rating.level.${level}`)}</span>
                </button>
              ))}
            </div>
            {phase.name === 'reasons' ? (
              <div className={styles.reasons}>
                <p className={styles.reasonsTitle}>{t('rating.reasons')}</p>
                <div className={styles.chips}>
                  {RATING_REASONS.map((r) => (
                    <button
                      key={r}
                      type="button"
                      className={`${styles.chip} ${phase.reasons.includes(r) ? styles.chipOn : ''}`}
                      aria-pressed={phase.reasons.includes(r)}
                      onClick={() => toggleReason(r)}
                      data-testid={`rating-reason-${r}`}
                    >
                      {t(`rating.reason.${r}`)}
                    </button>
                  ))}
                </div>
                {phase.error ? (
                  <p className={styles.notice} role="alert">
                    {t(phase.error)}
                  </p>
                ) : null}
                <div className={styles.actions}>
                  <button type="button" className={styles.send} onClick={() => void send()} data-testid="rating-send">
                    {t('rating.send')}
                  </button>
                  <button type="button" className={styles.skip} onClick={skip} data-testid="rating-skip">
                    {t('rating.skip')}
                  </button>
                </div>
              </div>
            ) : null}
          </section>
        ) : null}
        {phase.name === 'thanks' ? (
          <div className={styles.thanks} role="status" data-testid="rating-thanks">
            <p className={styles.title}>{t('rating.thanks')}</p>
            <p>{phase.notice ? t(phase.notice) : t('rating.thanksDetail')}</p>
          </div>
        ) : null}
      </main>
    </div>
  );
}
