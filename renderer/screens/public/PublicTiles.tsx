/** The home tiles of the public self-service screens, rendered inside the home screen's tile grid. */
import styles from '../home/HomeScreen.module.css';
import type { PublicScreenName } from './PublicScreen';
import type { MessageKey } from '../../i18n/i18n';
import { useApp, useT } from '../../state/store-context';

const TILES: readonly { readonly screen: PublicScreenName; readonly title: MessageKey; readonly desc: MessageKey }[] = [
  { screen: 'offices', title: 'home.offices', desc: 'home.offices.desc' },
  { screen: 'facilities', title: 'home.facilities', desc: 'home.facilities.desc' },
  { screen: 'employers', title: 'home.employers', desc: 'home.employers.desc' },
  { screen: 'collectionPoints', title: 'home.collectionPoints', desc: 'home.collectionPoints.desc' },
  { screen: 'faq', title: 'home.faq', desc: 'home.faq.desc' },
  { screen: 'feedback', title: 'home.feedback', desc: 'home.feedback.desc' },
  { screen: 'news', title: 'home.news', desc: 'home.news.desc' },
];

export function PublicTiles() {
  const t = useT();
  const go = useApp((s) => s.go);
  return (
    <>
      {TILES.map((tile) => (
        <button
          key={tile.screen}
          type="button"
          className={styles.tile}
          onClick={() => go({ name: tile.screen })}
          data-testid={`tile-${tile.screen}`}
        >
          <span className={styles.tileTitle}>{t(tile.title)}</span>
          <span className={styles.tileDesc}>{t(tile.desc)}</span>
        </button>
      ))}
    </>
  );
}
