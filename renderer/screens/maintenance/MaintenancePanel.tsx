import { useEffect, useState } from 'react';
import type { MaintenanceStatus } from '../../../preload/contract/channels/maintenance';
import type { KioskSettings } from '../../../preload/contract/channels/settings';
import type { KioskApi } from '../../../preload/contract/kiosk-api';
import type { Translate } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { DeviceHealthScreen } from '../devices/DeviceHealthScreen';
import { formatDateTimeVi } from './format-date-time';
import styles from './Maintenance.module.css';

export interface MaintenancePanelProps {
  readonly api: KioskApi;
  readonly t: Translate;
  /** The session ended (exit, quit, or the host no longer knows it). */
  readonly onClose: () => void;
}

type IdleKey = keyof KioskSettings['idle'];
const IDLE_FIELDS: readonly { readonly key: IdleKey; readonly label: Parameters<Translate>[0]; readonly max: number }[] = [
  { key: 'lookupSeconds', label: 'maintenance.settings.idle.lookup', max: 900 },
  { key: 'recordsSeconds', label: 'maintenance.settings.idle.records', max: 900 },
  { key: 'formsSeconds', label: 'maintenance.settings.idle.forms', max: 1800 },
  { key: 'warningSeconds', label: 'maintenance.settings.idle.warning', max: 60 },
];

/** Device health, kiosk settings, data import status, version, restart/quit — for technicians. */
export function MaintenancePanel(props: Readonly<MaintenancePanelProps>) {
  const { api, t, onClose } = props;
  const [status, setStatus] = useState<MaintenanceStatus | null>(null);
  const [draft, setDraft] = useState<KioskSettings | null>(null);
  const [message, setMessage] = useState<{ readonly kind: 'ok' | 'error'; readonly text: string } | null>(null);

  useEffect(() => {
    let live = true;
    void api.maintenance.status({}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setStatus(r.value);
        setDraft(r.value.settings);
      } else onClose();
    });
    return () => {
      live = false;
    };
  }, [api, onClose]);

  const save = async () => {
    if (!draft) return;
    const r = await api.maintenance.saveSettings(draft);
    if (r.ok) {
      setDraft(r.value);
      setMessage({ kind: 'ok', text: t('maintenance.settings.saved') });
    } else {
      setMessage({ kind: 'error', text: r.error.code === 'invalid-input' ? t('maintenance.settings.invalid') : t('maintenance.error') });
    }
  };
  const restart = async () => {
    const r = await api.maintenance.restart({});
    if (!r.ok) setMessage({ kind: 'error', text: t('maintenance.error') });
    else if (r.value.action === 'reload-ui') window.location.reload();
  };
  const quit = async () => {
    const r = await api.maintenance.quit({});
    if (!r.ok) setMessage({ kind: 'error', text: t('maintenance.error') });
    else if (r.value.action === 'not-supported') setMessage({ kind: 'error', text: t('maintenance.quit.notSupported') });
  };
  const exit = async () => {
    await api.maintenance.exit({});
    onClose();
  };

  const setIdle = (key: IdleKey, value: string) =>
    draft && setDraft({ ...draft, idle: { ...draft.idle, [key]: Number.parseInt(value, 10) || 0 } });
  const never = t('maintenance.data.never');
  const when = (iso: string | null) => (iso === null ? never : formatDateTimeVi(iso));

  return (
    <div className={styles.panel} data-testid="maintenance-panel">
      <div className={styles.actions}>
        <Button onClick={() => void restart()} testId="maintenance-restart">
          {t('maintenance.restart')}
        </Button>
        <Button onClick={() => void quit()} testId="maintenance-quit">
          {t('maintenance.quit')}
        </Button>
        <Button primary onClick={() => void exit()} testId="maintenance-exit">
          {t('maintenance.exit')}
        </Button>
      </div>
      <p className={styles.note}>{t('maintenance.sessionNote')}</p>
      {message ? (
        <p
          className={message.kind === 'ok' ? styles.ok : styles.error}
          role={message.kind === 'ok' ? 'status' : 'alert'}
          data-testid="maintenance-message"
        >
          {message.text}
        </p>
      ) : null}

      {status && draft ? (
        <>
          <section aria-labelledby="maintenance-settings" className={styles.card}>
            <h3 id="maintenance-settings">{t('maintenance.settings')}</h3>
            <form
              className={styles.form}
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              {/* The kiosk may have no hardware keyboard even for a technician: numbers get the digit pad. */}
              {IDLE_FIELDS.map((f) => (
                <TextField
                  key={f.key}
                  label={t(f.label)}
                  name={f.key}
                  numeric
                  maxLength={String(f.max).length}
                  value={draft.idle[f.key] === 0 ? '' : String(draft.idle[f.key])}
                  onChange={(v) => setIdle(f.key, v)}
                  testId={`setting-${f.key}`}
                />
              ))}
              <label className={styles.field}>
                <span>{t('maintenance.settings.locale')}</span>
                <select
                  value={draft.defaultLocale}
                  onChange={(e) => setDraft({ ...draft, defaultLocale: e.target.value === 'en' ? 'en' : 'vi' })}
                  data-testid="setting-locale"
                >
                  <option value="vi">{t('maintenance.settings.locale.vi')}</option>
                  <option value="en">{t('maintenance.settings.locale.en')}</option>
                </select>
              </label>
              <label className={styles.field}>
                <span>{t('maintenance.settings.paper')}</span>
                <select
                  value={String(draft.printer.paperWidthMm)}
                  onChange={(e) => setDraft({ ...draft, printer: { ...draft.printer, paperWidthMm: e.target.value === '58' ? 58 : 80 } })}
                  data-testid="setting-paper"
                >
                  <option value="80">80</option>
                  <option value="58">58</option>
                </select>
              </label>
              <label className={styles.field}>
                <span>{t('maintenance.settings.textMode')}</span>
                <select
                  value={draft.printer.textMode}
                  onChange={(e) => {
                    const v = e.target.value;
                    const textMode = v === 'windows1258' || v === 'tcvn3' ? v : 'raster';
                    setDraft({ ...draft, printer: { ...draft.printer, textMode } });
                  }}
                  data-testid="setting-text-mode"
                >
                  <option value="raster">{t('maintenance.settings.textMode.raster')}</option>
                  <option value="windows1258">{t('maintenance.settings.textMode.windows1258')}</option>
                  <option value="tcvn3">{t('maintenance.settings.textMode.tcvn3')}</option>
                </select>
              </label>
              <TextField
                label={t('maintenance.settings.office')}
                name="officeName"
                maxLength={120}
                value={draft.officeName}
                onChange={(v) => setDraft({ ...draft, officeName: v })}
                testId="setting-office"
              />
              <div>
                <Button primary type="submit" testId="maintenance-save">
                  {t('maintenance.settings.save')}
                </Button>
              </div>
            </form>
          </section>

          <section aria-labelledby="maintenance-data" className={styles.card}>
            <h3 id="maintenance-data">{t('maintenance.data')}</h3>
            <dl className={styles.facts} data-testid="maintenance-data">
              <dt>{t('maintenance.version')}</dt>
              <dd data-testid="maintenance-version">{status.version}</dd>
              <dt>{t('maintenance.mode')}</dt>
              <dd>
                {status.transport} · {status.devices}
              </dd>
              <dt>{t('maintenance.data.persons')}</dt>
              <dd data-testid="maintenance-persons">{status.data.persons.toLocaleString('vi-VN')}</dd>
              <dt>{t('maintenance.data.accounts')}</dt>
              <dd>{status.data.accounts.toLocaleString('vi-VN')}</dd>
              <dt>{t('maintenance.data.registrations')}</dt>
              <dd>{status.data.portalRegistrations.toLocaleString('vi-VN')}</dd>
              <dt>{t('maintenance.data.lastImport')}</dt>
              <dd>{when(status.data.lastPortalRegistrationAt)}</dd>
              <dt>{t('maintenance.data.lastHeartbeat')}</dt>
              <dd>{when(status.data.lastHeartbeatAt)}</dd>
            </dl>
          </section>

          <div className={styles.card}>
            <DeviceHealthScreen />
          </div>
        </>
      ) : null}
    </div>
  );
}
