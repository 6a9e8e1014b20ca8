import type { NoticePreviewView } from '../../../preload/contract/channels/officer';
import type { Translate } from '../../i18n/i18n';
import styles from './Officer.module.css';

/** The SMS and e-mail exactly as the citizen will receive them, shown before the officer sends a decision. */
export function NoticePreview({ preview, t }: { readonly preview: NoticePreviewView; readonly t: Translate }) {
  return (
    <div className={styles.panel} data-testid="officer-notice-preview">
      <h4 className={styles.h3}>{t('officer.preview.sms')}</h4>
      {preview.sms === null ? (
        <p className={styles.muted}>{t('officer.preview.noPhone')}</p>
      ) : (
        <>
          <p className={styles.preview} data-testid="officer-preview-sms">
            {preview.sms.text}
          </p>
          <p className={styles.muted} data-testid="officer-preview-sms-parts">
            {t('officer.preview.parts', { parts: preview.sms.parts, length: preview.sms.text.length })}
            {preview.sms.noteShortened ? ` ${t('officer.preview.noteShortened')}` : ''}
          </p>
        </>
      )}
      <h4 className={styles.h3}>{t('officer.preview.email')}</h4>
      {preview.email === null ? (
        <p className={styles.muted}>{t('officer.preview.noEmail')}</p>
      ) : (
        <div data-testid="officer-preview-email">
          <p>
            <strong>{preview.email.subject}</strong>
          </p>
          <p className={styles.preview}>{preview.email.body}</p>
        </div>
      )}
    </div>
  );
}
