import { useBoard, useBoardT } from '../../state/board-store';
import { BoardClock } from './BoardClock';
import styles from './CallBoard.module.css';

/**
 * The lobby call board (docs/call-board.md): numbers being served and their counters, big; the last ones called; how
 * many wait; the office and a clock. Vietnamese first, English under it. Numbers and counters only: the view it
 * shows has nothing else (preload/contract/channels/board.ts). The call being said is shown as a sentence too, for
 * whoever cannot hear it, and its clips are listed in the page (data-callout-clips) for tests.
 */
export function CallBoard({ onEnableSound }: Readonly<{ onEnableSound: () => void }>) {
  const { t, t2 } = useBoardT();
  const locale = useBoard((s) => s.locale);
  const view = useBoard((s) => s.view);
  const offline = useBoard((s) => s.offline);
  const said = useBoard((s) => s.said);
  const audio = useBoard((s) => s.audio);
  const serving = view?.serving ?? [];
  const recent = view?.recent ?? [];
  const latest = said === null ? null : `${said.counter}|${said.label}`;
  // The sentence stays up while its ticket is served; once it is done, the board stops inviting anyone to the counter.
  const shown = said !== null && serving.some((s) => `${s.counter}|${s.label}` === latest) ? said : null;

  return (
    <main
      className={styles.board}
      data-testid="call-board"
      data-audio={audio}
      data-callout-seq={said?.seq ?? 0}
      data-callout-kind={said?.kind ?? ''}
      data-callout-audio={said?.audio ?? ''}
      data-callout-label={said?.label ?? ''}
      data-callout-clips={said?.clips.join(' ') ?? ''}
    >
      <header className={styles.header}>
        <div className={styles.office}>
          <span className={styles.officeName} data-testid="board-office">
            {view?.officeName ?? ''}
          </span>
          <h1 className={styles.title}>
            {t('board.title')} <span className={styles.second}>{t2('board.title')}</span>
          </h1>
        </div>
        <BoardClock locale={locale} label={t('board.clock')} />
      </header>

      <section className={styles.serving} aria-labelledby="board-serving-title">
        <h2 className={styles.h2} id="board-serving-title">
          {t('board.serving')} <span className={styles.second}>{t2('board.serving')}</span>
        </h2>
        {serving.length === 0 ? (
          <p className={styles.empty} data-testid="board-serving-empty">
            {t('board.servingEmpty')}
            <span className={styles.secondLine}>{t2('board.servingEmpty')}</span>
          </p>
        ) : (
          <ul className={styles.cards} data-count={serving.length} data-many={serving.length > 4}>
            {serving.map((s) => (
              <li
                key={s.counter}
                className={`${styles.card} ${latest === `${s.counter}|${s.label}` ? styles.latest : ''}`}
                data-testid="board-serving"
                data-counter={s.counter}
                data-label={s.label}
              >
                <span className={styles.number} aria-label={`${t('board.number')} ${s.label}`}>
                  {s.label}
                </span>
                <span className={styles.counter}>
                  {t('board.counter', { counter: s.counter })}
                  <span className={styles.secondLine}>{t2('board.counter', { counter: s.counter })}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <aside className={styles.side}>
        <section aria-labelledby="board-recent-title">
          <h2 className={styles.h2} id="board-recent-title">
            {t('board.recent')} <span className={styles.second}>{t2('board.recent')}</span>
          </h2>
          {recent.length === 0 ? (
            <p className={styles.muted}>{t('board.recentEmpty')}</p>
          ) : (
            <ol className={styles.recent}>
              {recent.map((r) => (
                <li key={`${r.counter}|${r.label}|${r.calledAt}`} data-testid="board-recent" data-label={r.label}>
                  <span className={styles.recentNumber}>{r.label}</span>
                  <span className={styles.recentCounter}>{t('board.counter', { counter: r.counter })}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="board-waiting-title">
          <h2 className={styles.h2} id="board-waiting-title">
            {t('board.waiting')} <span className={styles.second}>{t2('board.waiting')}</span>
          </h2>
          <ul className={styles.waiting}>
            {(view?.waiting ?? []).map((w) => (
              <li key={w.service} data-testid="board-waiting" data-service={w.service} data-waiting={w.waiting}>
                <span className={styles.waitingService}>
                  <span className={styles.series}>{w.service}</span>
                  <span>{t(`service.${w.service}`)}</span>
                </span>
                <span className={styles.waitingCount}>{t('board.waitingCount', { n: w.waiting })}</span>
              </li>
            ))}
          </ul>
        </section>
      </aside>

      <footer className={styles.footer}>
        <div className={styles.callout} role="status" aria-live="polite" data-testid="board-callout">
          {shown === null ? (
            <span className={styles.privacy}>{t('board.privacy')}</span>
          ) : (
            <>
              <span data-testid="board-callout-text">{t('board.callout', { label: shown.label, counter: shown.counter })}</span>
              <span className={styles.secondLine}>{t2('board.callout', { label: shown.label, counter: shown.counter })}</span>
            </>
          )}
        </div>
        {offline ? (
          <p className={styles.offline} role="alert" data-testid="board-offline">
            {t('board.offline')}
          </p>
        ) : null}
        {audio === 'suspended' ? (
          <div className={styles.sound}>
            <span>{t('board.soundOff')}</span>
            <button type="button" className={styles.soundButton} onClick={onEnableSound} data-testid="board-sound-on">
              {t('board.soundOn')}
            </button>
          </div>
        ) : null}
      </footer>
      {/* What the voice says, word by word: the clips of the last call-out (hidden; tests read it too). */}
      <ol hidden data-testid="board-callout-clips">
        {(said?.clips ?? []).map((c, i) => (
          <li key={`${i}-${c}`}>{c}</li>
        ))}
      </ol>
    </main>
  );
}
