import { useEffect, useState } from 'react';
import styles from './DeviceHealthScreen.module.css';
import type { DevicesStatus, PrintJob, ReaderErrorCode, ScannedCode } from '../../../preload/contract/channels/devices';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { ScanFields, scanErrorText } from '../home/ScanField';
import { Button } from '../../ui/Button';
import { useApp, useT } from '../../state/store-context';

type DeviceState = DevicesStatus['reader']['status'];

const stateKey = (s: DeviceState): MessageKey => `devices.state.${s}`;

/** Why a job waits, in words an officer can act on; the queue records a reason like 'paper-out'. */
function attentionReason(t: Translate, lastError: string | null): string {
  if (lastError?.startsWith('paper')) return t('devices.job.attention.paper');
  if (lastError?.startsWith('cover')) return t('devices.job.attention.cover');
  return t('devices.job.attention.other');
}

function jobText(t: Translate, job: PrintJob): string {
  return job.state === 'needs-attention'
    ? t('devices.job.needs-attention', { reason: attentionReason(t, job.lastError) })
    : t(`devices.job.${job.state}`);
}

/** A printer that is open but out of paper or with its cover open is not "Sẵn sàng": it needs someone. */
function printerShownState(p: DevicesStatus['printer']): DeviceState | 'attention' {
  if (p.status === 'ready' && (p.paper === 'out' || p.cover === 'open')) return 'attention';
  return p.status;
}

function StateValue({ state, t, testId }: { readonly state: DeviceState | 'attention'; readonly t: Translate; readonly testId: string }) {
  const cls = state === 'ready' ? styles.ready : state === 'opening' ? '' : styles.bad;
  return (
    <dd className={cls} data-testid={testId}>
      {t(state === 'attention' ? 'devices.state.attention' : stateKey(state))}
    </dd>
  );
}

/** Which way the reader reaches the PC, as the device layer found it (docs/readers.md). */
function readerModeText(t: Translate, r: DevicesStatus['reader']): string {
  switch (r.transport) {
    case 'keyboard':
      return t('devices.readerMode.keyboard');
    case 'serial':
      return r.port === null ? t('devices.readerMode.serialNoPort') : t('devices.readerMode.serial', { port: r.port });
    case 'hid':
      if (r.errorCode === 'keyboard-collection') return t('devices.readerMode.keyboardCollection');
      if (r.errorCode === 'unknown-collection') return t('devices.readerMode.unknown');
      return r.status === 'absent' ? t('devices.readerMode.notFound') : t('devices.readerMode.hid');
    case null:
      return t('devices.unknown');
    default: {
      const never: never = r.transport;
      return String(never);
    }
  }
}

/**
 * The reader's problem and its fix, worded from the device layer's code in the screen's language: its English
 * `lastError` is for the log only (before, the Vietnamese screen showed "reader disconnected: could not read from HID
 * device").
 */
function ReaderProblem({ code, t }: { readonly code: ReaderErrorCode; readonly t: Translate }) {
  return (
    <div className={styles.warning} role="status" data-testid="reader-problem">
      <p className={styles.problem}>{t(`devices.readerError.${code}`)}</p>
      <p className={styles.fix} data-testid="reader-fix">
        <strong>{t('devices.readerError.fixLabel')}</strong> {t(`devices.readerError.${code}.fix`)}
      </p>
    </div>
  );
}

/** The printer's last error (English, from the device layer) as the kind of problem, in the screen's language. */
function LastError({ error, t, testId }: { readonly error: string | null; readonly t: Translate; readonly testId: string }) {
  if (error === null) return <dd data-testid={testId}>{t('devices.none')}</dd>;
  const kind: MessageKey = /^cannot open/i.test(error)
    ? 'devices.lastError.open'
    : /paper/i.test(error)
      ? 'devices.lastError.paper'
      : /cover/i.test(error)
        ? 'devices.lastError.cover'
        : /not found|no .*device|disconnect|unplug/i.test(error)
          ? 'devices.lastError.missing'
          : 'devices.lastError.other';
  return <dd data-testid={testId}>{t(kind)}</dd>;
}

/** Officers' view of the reader and printer, live from device events; the test scan stays local. */
export function DeviceHealthScreen() {
  const t = useT();
  const api = useApp((s) => s.api);
  const [status, setStatus] = useState<DevicesStatus | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [jobId, setJobId] = useState<number | null>(null);
  const [job, setJob] = useState<PrintJob | null>(null);
  const [scan, setScan] = useState<ScannedCode | null>(null);

  useEffect(() => {
    let live = true;
    const offChanged = api.devices.onChanged((s) => setStatus(s));
    const offScanned = api.devices.onScanned((s) => setScan(s));
    void api.devices.status({}).then((r) => {
      if (!live) return;
      if (r.ok) setStatus((prev) => prev ?? r.value);
      else setLoadFailed(true);
    });
    return () => {
      live = false;
      offChanged();
      offScanned();
    };
  }, [api]);

  useEffect(() => {
    if (jobId === null) return;
    const off = api.devices.onPrintJob((j) => {
      if (j.id === jobId) setJob(j);
    });
    // The job may have moved before we subscribed: ask once.
    void api.devices.printJob({ jobId }).then((r) => {
      if (r.ok) setJob((prev) => prev ?? r.value);
    });
    return off;
  }, [api, jobId]);

  const testPrint = async () => {
    setJob(null);
    const r = await api.devices.testPrint({});
    if (r.ok) setJobId(r.value.jobId);
  };

  const unknown = t('devices.unknown');

  return (
    <section aria-labelledby="devices-title">
      <h2 id="devices-title" className={styles.title}>
        {t('devices.title')}
      </h2>
      <p className={styles.intro}>{t('devices.intro')}</p>
      {loadFailed && status === null ? (
        <p role="alert" className={styles.bad}>
          {t('devices.loadError')}
        </p>
      ) : null}
      {status ? (
        <div className={styles.grid}>
          <section className={styles.card} aria-labelledby="reader-title" data-testid="reader-card">
            <h3 id="reader-title">{t('devices.reader')}</h3>
            {status.reader.errorCode !== null ? <ReaderProblem code={status.reader.errorCode} t={t} /> : null}
            <dl className={styles.fields}>
              <dt>{t('devices.state')}</dt>
              <StateValue state={status.reader.status} t={t} testId="reader-state" />
              <dt>{t('devices.readerMode')}</dt>
              <dd data-testid="reader-mode">{readerModeText(t, status.reader)}</dd>
              <dt>{t('devices.model')}</dt>
              <dd>{status.reader.model ?? unknown}</dd>
              <dt>{t('devices.lastError')}</dt>
              <dd data-testid="reader-last-error">
                {status.reader.errorCode === null ? t('devices.none') : t(`devices.readerError.${status.reader.errorCode}`)}
              </dd>
            </dl>
          </section>
          <section className={styles.card} aria-labelledby="printer-title" data-testid="printer-card">
            <h3 id="printer-title">{t('devices.printer')}</h3>
            <dl className={styles.fields}>
              <dt>{t('devices.state')}</dt>
              <StateValue state={printerShownState(status.printer)} t={t} testId="printer-state" />
              <dt>{t('devices.model')}</dt>
              <dd>{status.printer.model ?? unknown}</dd>
              <dt>{t('devices.paper')}</dt>
              <dd className={status.printer.paper === 'ok' || status.printer.paper === null ? '' : styles.bad} data-testid="printer-paper">
                {status.printer.paper === null ? unknown : t(`devices.paper.${status.printer.paper}`)}
              </dd>
              <dt>{t('devices.cover')}</dt>
              <dd className={status.printer.cover === 'open' ? styles.bad : ''} data-testid="printer-cover">
                {status.printer.cover === null ? unknown : t(`devices.cover.${status.printer.cover}`)}
              </dd>
              <dt>{t('devices.lastError')}</dt>
              <LastError error={status.printer.lastError} t={t} testId="printer-last-error" />
            </dl>
            <Button primary onClick={() => void testPrint()} testId="test-print">
              {t('devices.testPrint')}
            </Button>
            {job ? (
              <p
                className={`${styles.job} ${job.state === 'printed' ? styles.ready : job.state === 'printing' || job.state === 'queued' ? '' : styles.bad}`}
                role="status"
                data-testid="print-job-state"
              >
                {t('devices.job')}: {jobText(t, job)}
              </p>
            ) : null}
          </section>
        </div>
      ) : null}
      <section className={styles.card} aria-labelledby="scan-test-title" data-testid="scan-test">
        <h3 id="scan-test-title">{t('devices.scanTest')}</h3>
        {scan === null ? (
          <p className={styles.muted}>{t('devices.scanTest.empty')}</p>
        ) : scan.ok ? (
          <ScanFields code={scan.code} t={t} className={styles.fields} />
        ) : (
          <p className={styles.bad} data-testid="scan-test-error">
            {scanErrorText(t, scan.error)}
          </p>
        )}
      </section>
    </section>
  );
}
