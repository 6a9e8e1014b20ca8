import styles from './HomeScreen.module.css';
import { PublicTiles } from '../public/PublicTiles';
import { RegistrationTiles } from '../registration/RegistrationTiles';
import { DevicesLink } from './DevicesLink';
import { ScanPanel } from './ScanPanel';
import { useApp, useT } from '../../state/store-context';
import { readerAvailable, useDeviceStatus } from '../../state/use-device-status';
import { PrinterNotice, ReaderNotice } from '../devices/DeviceNotices';

export function HomeScreen() {
  const t = useT();
  const go = useApp((s) => s.go);
  const devices = useDeviceStatus();
  return (
    <section aria-labelledby="home-greeting">
      <h2 id="home-greeting" className={styles.greeting}>
        {t('home.greeting')}
      </h2>
      {/* "Đưa CCCD… bất cứ lúc nào" only while the reader can read one. */}
      {readerAvailable(devices) ? <p className={styles.hint}>{t('home.scanHint')}</p> : null}
      <ReaderNotice status={devices} instead="devices.citizen.readerDown.home" />
      <PrinterNotice status={devices} instead="devices.citizen.printer.home" />
      <ScanPanel />
      <div className={styles.tiles}>
        <button type="button" className={styles.tile} onClick={() => go({ name: 'lookup' })} data-testid="tile-lookup">
          <span className={styles.tileTitle}>{t('home.lookup')}</span>
          <span className={styles.tileDesc}>{t('home.lookup.desc')}</span>
        </button>
        <button type="button" className={styles.tile} onClick={() => go({ name: 'signIn' })} data-testid="tile-sign-in">
          <span className={styles.tileTitle}>{t('home.signIn')}</span>
          <span className={styles.tileDesc}>{t('home.signIn.desc')}</span>
        </button>
        <RegistrationTiles />
        <PublicTiles />
      </div>
      <DevicesLink />
    </section>
  );
}
