import styles from './HomeScreen.module.css';
import { useApp, useT } from '../../state/store-context';

export function HomeScreen() {
  const t = useT();
  const go = useApp((s) => s.go);
  return (
    <section aria-labelledby="home-greeting">
      <h2 id="home-greeting" className={styles.greeting}>
        {t('home.greeting')}
      </h2>
      <p className={styles.hint}>{t('home.scanHint')}</p>
      <div className={styles.tiles}>
        <button type="button" className={styles.tile} onClick={() => go({ name: 'lookup' })} data-testid="tile-lookup">
          <span className={styles.tileTitle}>{t('home.lookup')}</span>
          <span className={styles.tileDesc}>{t('home.lookup.desc')}</span>
        </button>
      </div>
    </section>
  );
}
