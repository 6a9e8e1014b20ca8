import styles from './DevicesLink.module.css';
import { useApp, useT } from '../../state/store-context';

/** A discreet entry to the officers' device-health screen. */
export function DevicesLink() {
  const t = useT();
  const go = useApp((s) => s.go);
  return (
    <button type="button" className={styles.link} onClick={() => go({ name: 'devices' })} data-testid="open-devices">
      {t('home.openDevices')}
    </button>
  );
}
