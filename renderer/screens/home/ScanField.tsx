import { Fragment } from 'react';
import type { ScannedCode } from '../../../preload/contract/channels/devices';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { missingCase } from '../../state/screens';
import { formatDob } from './format-dob';

/** Why a scan failed, in the screen's language: the host sends only the code (and a broken BHYT field's name). */
export function scanErrorText(t: Translate, error: Extract<ScannedCode, { ok: false }>['error']): string {
  const key: MessageKey =
    error.code === 'bhyt-bad-hex' && error.field !== undefined ? `scan.error.bhyt-bad-hex.${error.field}` : `scan.error.${error.code}`;
  return t(key);
}

/** The fields of a successfully read code, as label/value rows of a <dl>. */
export function ScanFields({
  code,
  t,
  className,
}: {
  readonly code: Extract<ScannedCode, { ok: true }>['code'];
  readonly t: Translate;
  readonly className?: string | undefined;
}) {
  const rows: (readonly [string, string, string])[] = [];
  switch (code.kind) {
    case 'cccd':
      rows.push(
        [t('scan.kind'), t('scan.kind.cccd'), 'scan-kind'],
        [t('scan.fullName'), code.fullName, 'scan-name'],
        [t('scan.dateOfBirth'), formatDob(code.dateOfBirth), 'scan-dob'],
        [t('scan.idNumber'), code.idNumber, 'scan-number'],
      );
      // A genuine card whose number disagrees with its own birth year or gender: accepted, but never silently.
      if (code.discrepancies.length > 0) rows.push([t('scan.discrepancy'), t('scan.discrepancy.text'), 'scan-discrepancy']);
      break;
    case 'bhyt':
      rows.push(
        [t('scan.kind'), t('scan.kind.bhyt'), 'scan-kind'],
        [t('scan.fullName'), code.fullName, 'scan-name'],
        [t('scan.dateOfBirth'), formatDob(code.dateOfBirth), 'scan-dob'],
        [t('scan.insuranceNumber'), code.insuranceNumber ?? t('scan.insuranceNumber.none'), 'scan-number'],
      );
      break;
    case 'registration':
      rows.push(
        [t('scan.kind'), t('scan.kind.registration'), 'scan-kind'],
        [t('scan.registrationCode'), code.registrationCode, 'scan-number'],
      );
      break;
    default:
      return missingCase(code);
  }
  return (
    <dl className={className}>
      {rows.map(([label, value, id]) => (
        <Fragment key={id}>
          <dt>{label}</dt>
          <dd data-testid={id}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
