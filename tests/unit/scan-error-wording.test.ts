/**
 * Scan errors travel as codes and are worded by the screen in its language (issue #19): before, the host sent a
 * Vietnamese sentence, which an English screen showed as it was. Every code has its sentence in both catalogues.
 */
import { describe, expect, it } from 'vitest';
import { HEX_FIELDS, SCAN_ERROR_CODES } from '../../preload/contract/scan-errors';
import { scannedCodeSchema } from '../../preload/contract/channels/devices';
import { translator } from '../../renderer/i18n/i18n';
import { scanErrorText } from '../../renderer/screens/home/ScanField';
import { toScannedCode } from '../../main/services/devices/devices-service';

const vi = translator('vi');
const en = translator('en');
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

describe('scan errors', () => {
  it('the host sends a code, never a sentence', () => {
    const scan = toScannedCode('NOT A KNOWN CODE');
    expect(scan).toEqual({ ok: false, error: { code: 'unknown-code' } });
    expect(scannedCodeSchema.safeParse({ ok: false, error: { code: 'unknown-code', message: 'Mã QR không…' } }).success).toBe(false);
  });

  it.each(SCAN_ERROR_CODES)('%s is worded in Vietnamese and in English', (code) => {
    const viText = scanErrorText(vi, { code });
    const enText = scanErrorText(en, { code });
    expect(viText).not.toBe(`scan.error.${code}`);
    expect(viText).toMatch(VIETNAMESE);
    expect(enText).not.toMatch(VIETNAMESE);
    expect(enText).not.toBe(viText);
  });

  it.each(HEX_FIELDS)('a broken BHYT %s field is named as such', (field) => {
    expect(scanErrorText(vi, { code: 'bhyt-bad-hex', field })).not.toBe(scanErrorText(vi, { code: 'bhyt-bad-hex' }));
    expect(scanErrorText(en, { code: 'bhyt-bad-hex', field })).not.toMatch(VIETNAMESE);
  });
});
