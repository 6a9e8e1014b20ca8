import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { qrRuns } from '../../../../native/documents/qr-runs.js';
import { decodeQrFromPng } from '../../../support/pdf-testkit.js';
import { SAMPLE_BHYT_QR_1666 } from '../../../../native/documents/sample-documents.js';

/** Paints the runs (4 px per module, 4-module quiet zone) and returns a PNG. */
function paint(payload: string): Buffer {
  const { runs, modules } = qrRuns(payload, 'M');
  const scale = 4;
  const side = (modules + 8) * scale;
  const png = new PNG({ width: side, height: side });
  png.data.fill(255);
  for (const r of runs) {
    for (let y = (r.row + 4) * scale; y < (r.row + 5) * scale; y++) {
      for (let x = (r.col + 4) * scale; x < (r.col + 4 + r.length) * scale; x++) {
        const i = (y * side + x) * 4;
        png.data[i] = png.data[i + 1] = png.data[i + 2] = 0;
      }
    }
  }
  return PNG.sync.write(png);
}

describe('qrRuns', () => {
  it('round-trips the BHYT payload and Vietnamese text byte-exactly', () => {
    for (const payload of [SAMPLE_BHYT_QR_1666, 'Nguyễn Thị Lan Anh|Đắk Lắk|$', 'DK-2025-7F3K9Q']) {
      expect(decodeQrFromPng(paint(payload))).toBe(payload);
    }
  });

  it('uses a single byte-mode segment holding the UTF-8 bytes', () => {
    const payload = 'Nguyễn|$';
    const qr = QRCode.create([{ data: new TextEncoder().encode(payload), mode: 'byte' }], { errorCorrectionLevel: 'M' });
    expect(qr.segments.map((s) => s.mode.id)).toEqual(['Byte']);
    expect(qr.segments[0]?.getLength()).toBe(Buffer.byteLength(payload, 'utf8'));
    // qrRuns produces the same symbol as that segment list.
    const { modules } = qrRuns(payload, 'M');
    expect(modules).toBe(qr.modules.size);
  });

  it('does not normalize the payload (NFD stays NFD)', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    expect(decodeQrFromPng(paint(nfd))).toBe(nfd);
  });
});
