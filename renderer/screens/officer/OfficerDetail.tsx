import { ticketLabel } from '../../../preload/contract/ticket-label';
import { useId, useState } from 'react';
import { REJECT_REASONS } from '../../../preload/contract/channels/officer';
import type { FieldResultView, NoticePreviewView, RegistrationDetail, RejectReason } from '../../../preload/contract/channels/officer';
import { NoticePreview } from './NoticePreview';
import { Button } from '../../ui/Button';
import { InputField } from '../../ui/InputField';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import { OfficerForm01Print } from './OfficerForm01Print';
import { RecallButton } from './RecallButton';
import type { Translate } from '../../i18n/i18n';
import styles from './Officer.module.css';
import fieldStyles from '../../ui/Field.module.css';

const resultClass: Readonly<Record<FieldResultView, string | undefined>> = {
  match: styles.match,
  'match-old-id': styles.match,
  'diacritics-only': styles.diff,
  unverifiable: styles.diff,
  discrepant: styles.diff,
  mismatch: styles.bad,
  info: styles.neutral,
};

function ResultBadge({ result, t }: { readonly result: FieldResultView | null; readonly t: Translate }) {
  if (result === null) return <span className={styles.muted}>{t('officer.result.none')}</span>;
  return <span className={`${styles.badge} ${resultClass[result] ?? ''}`}>{t(`officer.result.${result}`)}</span>;
}

const VN_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** 'dd/mm/yyyy HH:mm' in Vietnam time, as on the printed forms (the counter PC's own zone does not matter). */
const vnTime = (iso: string): string => VN_TIME.format(new Date(iso)).replace(',', '');

function valueOf(field: string, value: string | null, t: Translate): string {
  if (value === null) return t('officer.detail.notScanned');
  if (field === 'gender' && (value === 'male' || value === 'female')) return t(`officer.gender.${value}`);
  return value;
}

function Comparison({ detail, t }: { readonly detail: RegistrationDetail; readonly t: Translate }) {
  const scanned = detail.fields.some((f) => f.card !== null);
  const worst = (r: FieldResultView | null) => r === 'mismatch' || r === 'diacritics-only' || r === 'unverifiable' || r === 'discrepant';
  return (
    <table className={styles.table} data-testid="officer-compare">
      <caption className={styles.caption}>{t('officer.detail.compare')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('officer.detail.field')}</th>
          <th scope="col">{t('officer.detail.form')}</th>
          <th scope="col">{t('officer.detail.kiosk')}</th>
          <th scope="col">{t('officer.detail.card')}</th>
          {scanned ? <th scope="col">{t('officer.detail.counter')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {detail.fields.map((f) => {
          const bad = f.kioskResult === 'mismatch' || f.counterResult === 'mismatch';
          const diff = !bad && (worst(f.kioskResult) || worst(f.counterResult));
          return (
            <tr
              key={f.field}
              className={bad ? styles.rowBad : diff ? styles.rowDiff : undefined}
              data-testid={`officer-field-${f.field}`}
              data-result={f.counterResult ?? f.kioskResult ?? 'none'}
            >
              <th scope="row">{t(`officer.field.${f.field}`)}</th>
              <td>{valueOf(f.field, f.form, t)}</td>
              <td>
                <ResultBadge result={f.kioskResult} t={t} />
              </td>
              <td>{f.field === 'address' ? t('officer.result.none') : valueOf(f.field, f.card, t)}</td>
              {scanned ? (
                <td>
                  <ResultBadge result={f.counterResult} t={t} />
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RejectForm() {
  const t = useOfficerT();
  const busy = useOfficer((s) => s.busy);
  const reject = useOfficer((s) => s.reject);
  const previewNotices = useOfficer((s) => s.previewNotices);
  const [reason, setReason] = useState<RejectReason | null>(null);
  const [note, setNote] = useState('');
  // The rejection is sent only from a preview of exactly this reason and note: any change asks for a new preview.
  const [preview, setPreview] = useState<{ readonly key: string; readonly view: NoticePreviewView } | null>(null);
  const key = `${reason ?? ''}|${note.trim()}`;
  const current = preview !== null && preview.key === key ? preview.view : null;
  const noteId = useId();
  return (
    <section className={styles.panel} aria-labelledby={`${noteId}-title`}>
      <h3 className={styles.h3} id={`${noteId}-title`}>
        {t('officer.reject.title')}
      </h3>
      <fieldset className={styles.radios}>
        <legend>{t('officer.reject.reason')}</legend>
        {REJECT_REASONS.map((r) => (
          <label key={r} className={styles.radio}>
            <input
              type="radio"
              name="reject-reason"
              value={r}
              checked={reason === r}
              onChange={() => setReason(r)}
              data-testid={`officer-reason-${r}`}
            />
            {t(`officer.reason.${r}`)}
          </label>
        ))}
      </fieldset>
      <div className={fieldStyles.field}>
        <label className={fieldStyles.label} htmlFor={noteId}>
          {t('officer.reject.note')}
        </label>
        <textarea
          id={noteId}
          className={styles.textarea}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value.normalize('NFC'))}
          data-testid="officer-reject-note"
        />
      </div>
      {current === null ? (
        <Button
          onClick={() => {
            if (reason === null) return;
            void previewNotices('reject', reason, note).then((view) => view !== null && setPreview({ key, view }));
          }}
          disabled={busy || reason === null}
          testId="officer-reject-preview"
        >
          {t('officer.preview.show')}
        </Button>
      ) : (
        <>
          <NoticePreview preview={current} t={t} />
          <Button onClick={() => reason !== null && void reject(reason, note)} disabled={busy} testId="officer-reject">
            {busy ? t('officer.reject.busy') : t('officer.reject.submit')}
          </Button>
        </>
      )}
    </section>
  );
}

/**
 * Shown after the host refused an approval for a block a supervisor may lift: another officer with the supervisor
 * role types their own username, password and a reason here. The host checks them like a sign-in.
 */
function OverridePanel() {
  const t = useOfficerT();
  const block = useOfficer((s) => s.overrideBlock);
  const busy = useOfficer((s) => s.busy);
  const approve = useOfficer((s) => s.approve);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [reason, setReason] = useState('');
  const reasonId = useId();
  if (block === null) return null;
  return (
    <section className={styles.panel} aria-labelledby={`${reasonId}-title`} data-testid="officer-override">
      <h3 className={styles.h3} id={`${reasonId}-title`}>
        {t('officer.override.title')}
      </h3>
      <p>{t('officer.override.explain', { why: t(`officer.override.why.${block}`) })}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void approve({ username, password, reason: reason.trim() }).then(() => setPassword(''));
        }}
      >
        <InputField
          label={t('officer.override.username')}
          name="override-username"
          value={username}
          onValue={setUsername}
          autoComplete="off"
          autoCapitalize="none"
        />
        <InputField
          label={t('officer.override.password')}
          name="override-password"
          type="password"
          value={password}
          onValue={setPassword}
          autoComplete="off"
        />
        <div className={fieldStyles.field}>
          <label className={fieldStyles.label} htmlFor={reasonId}>
            {t('officer.override.reason')}
          </label>
          <textarea
            id={reasonId}
            className={styles.textarea}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value.normalize('NFC'))}
            data-testid="officer-override-reason"
          />
        </div>
        <Button
          type="submit"
          disabled={busy || username === '' || password === '' || reason.trim().length < 10}
          testId="officer-override-submit"
        >
          {t('officer.override.submit')}
        </Button>
      </form>
    </section>
  );
}

export function OfficerDetail() {
  const t = useOfficerT();
  const detail = useOfficer((s) => s.detail);
  const busy = useOfficer((s) => s.busy);
  const message = useOfficer((s) => s.message);
  const approve = useOfficer((s) => s.approve);
  const backToQueue = useOfficer((s) => s.backToQueue);
  const counter = useOfficer((s) => s.session?.counter);
  const [paperSigned, setPaperSigned] = useState(false);
  const [needPaper, setNeedPaper] = useState(false);
  const paperId = useId();

  if (detail === null) {
    return (
      <section className={styles.panel} aria-busy={busy} data-testid="officer-detail-loading">
        {message ? (
          <div className={styles.alert} role="alert" data-testid="officer-message">
            {t(message.key, message.params)}
          </div>
        ) : null}
        <Button onClick={backToQueue}>{t('officer.backToQueue')}</Button>
      </section>
    );
  }
  const open = detail.state === 'submitted' || detail.state === 'checked-at-kiosk';
  // "Gọi lại" only for the ticket this counter is serving (the host checks it too).
  const canRecall = detail.ticket?.state === 'called' && detail.ticket.counter === counter;
  const diacritics = detail.fields.some((f) => f.kioskResult === 'diacritics-only' || f.counterResult === 'diacritics-only');
  const mismatch = detail.fields.some((f) => f.kioskResult === 'mismatch' || f.counterResult === 'mismatch');
  const onApprove = () => {
    if (!paperSigned) {
      setNeedPaper(true);
      return;
    }
    void approve();
  };

  return (
    <div data-testid="officer-detail">
      <section className={styles.panel} aria-labelledby="officer-detail-title">
        <div className={styles.actions}>
          <h2 className={`${styles.h2} ${styles.grow}`} id="officer-detail-title">
            {t('officer.detail.title', { code: detail.registrationCode })}
          </h2>
          {canRecall ? <RecallButton /> : null}
          <Button onClick={backToQueue} testId="officer-back">
            {t('officer.backToQueue')}
          </Button>
        </div>
        <p>
          {detail.ticket
            ? t('officer.detail.ticket', {
                // A registration's ticket is always series A (issue #18).
                number: ticketLabel({ service: 'A', number: detail.ticket.number }),
                counter: detail.ticket.counter === '' ? t('officer.queue.lineWaiting') : detail.ticket.counter,
              })
            : t('officer.detail.noTicket')}
          {' · '}
          {detail.check
            ? t('officer.detail.checked', { time: vnTime(detail.check.at), result: t(`officer.overall.${detail.check.overall}`) })
            : t('officer.detail.notChecked')}
        </p>
        {message ? (
          <div className={styles.alert} role="alert" data-testid="officer-message">
            {t(message.key, message.params)}
          </div>
        ) : null}
        {mismatch ? (
          <div className={styles.alert} role="note" data-testid="officer-mismatch-warning">
            {t('officer.detail.mismatchWarning')}
          </div>
        ) : null}
        {detail.cardDiscrepancies.length > 0 ? (
          <div className={styles.warn} role="note" data-testid="officer-card-discrepancy">
            {t('officer.detail.cardDiscrepancy', {
              parts: detail.cardDiscrepancies.map((d) => t(`officer.cardDiscrepancy.${d}`)).join(', '),
            })}
          </div>
        ) : null}
        {diacritics ? (
          <div className={styles.warn} role="note" data-testid="officer-diacritics-warning">
            {t('officer.detail.diacriticsWarning')}
          </div>
        ) : null}
        <Comparison detail={detail} t={t} />
        <p className={styles.muted}>{t('officer.detail.scanHint')}</p>
      </section>
      <section className={styles.panel} aria-labelledby="officer-other-title">
        <h3 className={styles.h3} id="officer-other-title">
          {t('officer.detail.other')}
        </h3>
        <dl className={styles.grid}>
          <div>
            <dt>{t('officer.detail.insuranceNumber')}</dt>
            <dd>{detail.insuranceNumber ?? t('officer.result.none')}</dd>
          </div>
          <div>
            <dt>{t('officer.detail.phone')}</dt>
            <dd>{detail.phone ?? t('officer.result.none')}</dd>
          </div>
          <div>
            <dt>{t('officer.detail.email')}</dt>
            <dd>{detail.email ?? t('officer.detail.noEmail')}</dd>
          </div>
          <div>
            <dt>{t('officer.detail.office')}</dt>
            <dd>{detail.officeCode}</dd>
          </div>
          <div>
            <dt>{t('officer.detail.expires')}</dt>
            <dd>{vnTime(detail.expiresAt)}</dd>
          </div>
        </dl>
      </section>
      {open ? <OfficerForm01Print /> : null}
      {open ? (
        <div className={styles.columns}>
          <section className={styles.panel} aria-labelledby={`${paperId}-title`}>
            <h3 className={styles.h3} id={`${paperId}-title`}>
              {t('officer.approve')}
            </h3>
            <label className={styles.check} htmlFor={paperId}>
              <input
                id={paperId}
                type="checkbox"
                checked={paperSigned}
                onChange={(e) => {
                  setPaperSigned(e.target.checked);
                  setNeedPaper(false);
                }}
                data-testid="officer-paper-signed"
              />
              {t('officer.paperSigned')}
            </label>
            <p
              className={detail.paperFormScanned ? styles.info : styles.muted}
              data-testid="officer-paper-scan"
              data-scanned={detail.paperFormScanned ? 'true' : 'false'}
            >
              {t(detail.paperFormScanned ? 'officer.paper.scanned' : 'officer.paper.scanHint')}
            </p>
            {needPaper ? (
              <div className={styles.alert} role="alert">
                {t('officer.approve.needPaper')}
              </div>
            ) : null}
            <Button primary onClick={onApprove} disabled={busy} testId="officer-approve">
              {busy ? t('officer.approve.busy') : t('officer.approve')}
            </Button>
          </section>
          <RejectForm />
        </div>
      ) : null}
      {open ? <OverridePanel /> : null}
      {open ? null : (
        <p className={styles.info} data-testid="officer-detail-closed">
          {t(detail.state === 'expired' ? 'officer.detail.expired' : 'officer.detail.decided')}
        </p>
      )}
    </div>
  );
}
