/**
 * Why a scan could not be read, as codes (issue #19): the host sends the code, the screen words it in its own language
 * (renderer/i18n/scan-errors-*.ts). Before, the host sent a Vietnamese sentence, which stayed Vietnamese in the
 * English UI. The parser's codes (main/domain/codes) and the reader's own come from this one list.
 */
import { z } from 'zod';

/** What the code parser (main/domain/codes) refuses, field by field. */
export const CODE_ERROR_CODES = [
  'empty-code',
  'code-too-long',
  'unknown-code',
  'wrong-kind',
  'cccd-bad-field-count',
  'cccd-bad-id',
  'cccd-bad-old-id',
  'cccd-bad-name',
  'cccd-bad-date',
  'cccd-bad-gender',
  'cccd-dob-mismatch',
  'cccd-gender-mismatch',
  'bhyt-missing-terminator',
  'bhyt-bad-field-count',
  'bhyt-bad-card-code',
  'bhyt-bad-hex',
  'bhyt-bad-name',
  'bhyt-bad-date',
  'bhyt-bad-gender',
  'bhyt-bad-facility',
  'registration-bad-format',
  'registration-bad-check',
] as const;

/** What the reader path refuses before parsing: bytes that are not text, a scan an input method rewrote, a cut scan. */
export const READER_SCAN_ERROR_CODES = ['invalid-utf8', 'reader-ime-damaged', 'reader-no-terminator'] as const;

export const SCAN_ERROR_CODES = [...CODE_ERROR_CODES, ...READER_SCAN_ERROR_CODES] as const;
export const scanErrorCodeSchema = z.enum(SCAN_ERROR_CODES);
export type ScanErrorCode = z.infer<typeof scanErrorCodeSchema>;

/** Fields of a BHYT card whose hex text can arrive broken (worded apart: "the address is broken", not "the name"). */
export const HEX_FIELDS = ['address', 'guardianName', 'issuedBy'] as const;
export const hexFieldSchema = z.enum(HEX_FIELDS);
