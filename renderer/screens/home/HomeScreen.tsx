/**
 * The kiosk's home, made for a portrait 1080×1920 touch screen and still whole in landscape: the functions grouped by
 * what citizens come for most (look up, my records, Form 01 and the queue, help), the two most asked for as large
 * tiles, an icon on each, the hotline always in view. Staff entries (device status) live behind the maintenance
 * gesture, not here. Labels follow the VssID app ("Hỗ trợ", "Tin tức").
 */
import styles from './HomeScreen.module.css';
import { HomeIcon } from './HomeIcon';
import type { HomeIconName } from './HomeIcon';
import { ScanPanel } from './ScanPanel';
import type { Screen } from '../../state/screens';
import type { MessageKey } from '../../i18n/i18n';
import { SUPPORT_EMAIL, SUPPORT_HOTLINE } from '../../../preload/contract/channels/support';
import { useApp, useT } from '../../state/store-context';
import { readerAvailable, useDeviceStatus } from '../../state/use-device-status';
import { PrinterNotice, ReaderNotice } from '../devices/DeviceNotices';

interface Tile {
  readonly screen: Screen;
  readonly testId: string;
  readonly icon: HomeIconName;
  readonly title: MessageKey;
  readonly desc: MessageKey;
  /** The functions most citizens come for: larger tiles. */
  readonly main?: boolean;
}

interface Group {
  readonly id: string;
  readonly title: MessageKey;
  readonly tiles: readonly Tile[];
}

const GROUPS: readonly Group[] = [
  {
    id: 'lookup',
    title: 'home.group.lookup',
    tiles: [
      { screen: { name: 'lookup' }, testId: 'tile-lookup', icon: 'search', title: 'home.lookup', desc: 'home.lookup.desc', main: true },
      { screen: { name: 'offices' }, testId: 'tile-offices', icon: 'office', title: 'home.offices', desc: 'home.offices.desc' },
      {
        screen: { name: 'facilities' },
        testId: 'tile-facilities',
        icon: 'hospital',
        title: 'home.facilities',
        desc: 'home.facilities.desc',
      },
      { screen: { name: 'employers' }, testId: 'tile-employers', icon: 'employer', title: 'home.employers', desc: 'home.employers.desc' },
      {
        screen: { name: 'collectionPoints' },
        testId: 'tile-collectionPoints',
        icon: 'payment',
        title: 'home.collectionPoints',
        desc: 'home.collectionPoints.desc',
      },
    ],
  },
  {
    id: 'records',
    title: 'home.group.records',
    tiles: [
      { screen: { name: 'signIn' }, testId: 'tile-sign-in', icon: 'account', title: 'home.signIn', desc: 'home.signIn.desc', main: true },
    ],
  },
  {
    id: 'form01',
    title: 'home.group.form01',
    tiles: [
      {
        screen: { name: 'takeTicket' },
        testId: 'tile-take-ticket',
        icon: 'ticket',
        title: 'home.takeTicket',
        desc: 'home.takeTicket.desc',
      },
      { screen: { name: 'regCheck' }, testId: 'tile-reg-check', icon: 'form-check', title: 'home.regCheck', desc: 'home.regCheck.desc' },
      { screen: { name: 'regSelf' }, testId: 'tile-reg-self', icon: 'form-new', title: 'home.regSelf', desc: 'home.regSelf.desc' },
    ],
  },
  {
    id: 'help',
    title: 'home.group.help',
    tiles: [
      { screen: { name: 'faq' }, testId: 'tile-faq', icon: 'help', title: 'home.faq', desc: 'home.faq.desc' },
      { screen: { name: 'news' }, testId: 'tile-news', icon: 'news', title: 'home.news', desc: 'home.news.desc' },
      { screen: { name: 'feedback' }, testId: 'tile-feedback', icon: 'feedback', title: 'home.feedback', desc: 'home.feedback.desc' },
    ],
  },
];

export function HomeScreen() {
  const t = useT();
  const go = useApp((s) => s.go);
  const notice = useApp((s) => s.homeNotice);
  const devices = useDeviceStatus();
  return (
    <section aria-labelledby="home-greeting" className={styles.home}>
      <h2 id="home-greeting" className={styles.greeting}>
        {t('home.greeting')}
      </h2>
      {/* Why the host ended the last visit (idle timeout, the account signed in on another machine). */}
      {notice !== null ? (
        <p className={styles.notice} role="alert" data-testid="home-notice">
          {t(notice)}
        </p>
      ) : null}
      {/* "Đưa CCCD… bất cứ lúc nào" only while the reader can read one. */}
      {readerAvailable(devices) ? <p className={styles.hint}>{t('home.scanHint')}</p> : null}
      <ReaderNotice status={devices} instead="devices.citizen.readerDown.home" />
      <PrinterNotice status={devices} instead="devices.citizen.printer.home" />
      <ScanPanel />
      <div className={styles.groups}>
        {GROUPS.map((g) => (
          <section key={g.id} className={`${styles.group} ${styles[`group-${g.id}`] ?? ''}`} aria-labelledby={`home-group-${g.id}`}>
            <h3 id={`home-group-${g.id}`} className={styles.groupTitle}>
              {t(g.title)}
            </h3>
            <div className={styles.tiles}>
              {g.tiles.map((tile) => (
                <button
                  key={tile.testId}
                  type="button"
                  className={`${styles.tile} ${tile.main === true ? styles.main : ''}`}
                  onClick={() => go(tile.screen)}
                  data-testid={tile.testId}
                >
                  <HomeIcon name={tile.icon} className={styles.icon} />
                  <span className={styles.tileText}>
                    <span className={styles.tileTitle}>{t(tile.title)}</span>
                    <span className={styles.tileDesc}>{t(tile.desc)}</span>
                  </span>
                </button>
              ))}
            </div>
          </section>
        ))}
      </div>
      <p className={styles.hotline} data-testid="home-hotline">
        <HomeIcon name="phone" className={styles.hotlineIcon} />
        <span>{t('home.hotline', { hotline: SUPPORT_HOTLINE, email: SUPPORT_EMAIL })}</span>
      </p>
    </section>
  );
}
