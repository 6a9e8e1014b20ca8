/** The two Form 01 tiles of the home screen, rendered inside its tile grid. */
import styles from '../home/HomeScreen.module.css';
import { useApp, useT } from '../../state/store-context';

export function RegistrationTiles() {
  const t = useT();
  const go = useApp((s) => s.go);
  return (
    <>
      <button type="button" className={styles.tile} onClick={() => go({ name: 'regCheck' })} data-testid="tile-reg-check">
        <span className={styles.tileTitle}>{t('home.regCheck')}</span>
        <span className={styles.tileDesc}>{t('home.regCheck.desc')}</span>
      </button>
      <button type="button" className={styles.tile} onClick={() => go({ name: 'regSelf' })} data-testid="tile-reg-self">
        <span className={styles.tileTitle}>{t('home.regSelf')}</span>
        <span className={styles.tileDesc}>{t('home.regSelf.desc')}</span>
      </button>
    </>
  );
}
