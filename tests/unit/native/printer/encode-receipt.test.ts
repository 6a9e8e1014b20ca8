import { mkdirSync, writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulatedPrinterTransport } from '../../../../native/printer/emulated-printer-transport.js';
import { encodeReceipt } from '../../../../native/printer/encode-receipt.js';
import { EscPosEmulator, type EmulatedReceipt } from '../../../../native/printer/escpos-emulator.js';
import { startEmulatorTcpServer, type EmulatorTcpServer } from '../../../../native/printer/emulator-tcp-server.js';
import type { PrinterProfile } from '../../../../native/printer/printer-profile.js';
import { normalizeReceiptText, receiptPlainText, REPRINT_BANNER, type Receipt } from '../../../../native/printer/receipt.js';
import { openTcpTransport } from '../../../../native/printer/tcp-transport.js';

const QR_DATA = 'BHXH|7901234567|Nguyễn Văn Đức|01/01/1990';
const RECEIPT: Receipt = {
  title: 'Phiếu tiếp nhận',
  reprint: true,
  lines: [
    { kind: 'text', text: 'Bảo hiểm xã hội Việt Nam', align: 'center', bold: true },
    { kind: 'rule' },
    { kind: 'pair', label: 'Họ tên:', value: 'Nguyễn Văn Đức' },
    { kind: 'pair', label: 'Mã số BHXH:', value: '7901234567' },
    { kind: 'text', text: 'ĐỒNG Ý: Ễ Ỹ ỗ ữ Ằ Ẩ ặ ơ ư', size: 'large' },
    { kind: 'feed', lines: 1 },
    { kind: 'qr', data: QR_DATA },
    { kind: 'qr', data: 'ASCII-ONLY-0001' },
    { kind: 'text', text: 'Số thứ tự: 015', align: 'right' },
  ],
  footer: 'Cảm ơn quý khách',
};

const profile = (textMode: PrinterProfile['textMode'], paperWidthMm: 58 | 80 = 80): PrinterProfile => ({
  paperWidthMm,
  textMode,
  model: paperWidthMm === 80 ? 'epson-tm-t20iii' : 'pos-5890',
});

function decodeQrsInPng(png: Buffer): string[] {
  const img = PNG.sync.read(png);
  const found: string[] = [];
  // jsQR finds one code per call: blank out each found code and search again.
  const data = new Uint8ClampedArray(img.data);
  for (let i = 0; i < 4; i++) {
    const code = jsQR(data, img.width, img.height);
    if (code === null) break;
    found.push(code.data);
    const xs = [
      code.location.topLeftCorner.x,
      code.location.bottomRightCorner.x,
      code.location.topRightCorner.x,
      code.location.bottomLeftCorner.x,
    ];
    const ys = [
      code.location.topLeftCorner.y,
      code.location.bottomRightCorner.y,
      code.location.topRightCorner.y,
      code.location.bottomLeftCorner.y,
    ];
    for (let y = Math.floor(Math.min(...ys)) - 12; y <= Math.max(...ys) + 12; y++) {
      for (let x = Math.floor(Math.min(...xs)) - 12; x <= Math.max(...xs) + 12; x++) {
        if (x >= 0 && y >= 0 && x < img.width && y < img.height) data.fill(255, (y * img.width + x) * 4, (y * img.width + x) * 4 + 4);
      }
    }
  }
  return found;
}

function only(emulator: EscPosEmulator): EmulatedReceipt {
  const receipts = emulator.receipts();
  expect(receipts).toHaveLength(1);
  const r = receipts[0];
  if (r === undefined) throw new Error('no receipt');
  return r;
}

describe('encodeReceipt → EscPosEmulator', () => {
  beforeAll(() => mkdirSync('/tmp/receipts', { recursive: true }));

  it('raster mode: one receipt, images for text, both QR codes round-trip (stream and PNG)', () => {
    const emulator = new EscPosEmulator();
    const bytes = encodeReceipt(RECEIPT, profile('raster'));
    // Ends with a partial cut (the encoder may add a trailing newline after it).
    const cutAt = bytes.findLastIndex((b, i) => b === 0x1d && bytes[i + 1] === 0x56 && bytes[i + 2] === 0x01);
    expect(cutAt).toBeGreaterThan(0);
    expect(Array.from(bytes.slice(cutAt + 3)).every((b) => b === 0x0a || b === 0x0d)).toBe(true);
    expect(emulator.write(bytes)).toHaveLength(0);
    const r = only(emulator);
    expect(r.qrCodes).toEqual([QR_DATA, 'ASCII-ONLY-0001']);
    expect(r.text).toMatch(/^\[image 576x\d+\]/u);
    expect(r.text).toContain(`[QR] ${QR_DATA}`);
    const png = r.png();
    writeFileSync('/tmp/receipts/raster-80mm.png', png);
    expect(decodeQrsInPng(png).sort()).toEqual(['ASCII-ONLY-0001', QR_DATA].sort());
  });

  it('raster mode on 58 mm paper uses 384-dot images', () => {
    const emulator = new EscPosEmulator({ paperWidthDots: 384, codepageMapping: 'pos-5890' });
    emulator.write(encodeReceipt(RECEIPT, profile('raster', 58)));
    const r = only(emulator);
    expect(r.text).toMatch(/^\[image 384x\d+\]/u);
    writeFileSync('/tmp/receipts/raster-58mm.png', r.png());
  });

  it.each(['windows1258', 'tcvn3'] as const)('%s mode: decoded text equals the NFC input', (mode) => {
    const emulator = new EscPosEmulator();
    emulator.write(encodeReceipt(RECEIPT, profile(mode)));
    const r = only(emulator);
    expect(normalizeReceiptText(r.text)).toBe(normalizeReceiptText(receiptPlainText(RECEIPT)));
    expect(r.text.split('\n')[0]?.trim()).toBe(REPRINT_BANNER);
    expect(r.text).toBe(r.text.normalize('NFC'));
    expect(r.qrCodes).toEqual([QR_DATA, 'ASCII-ONLY-0001']);
    const png = r.png();
    writeFileSync(`/tmp/receipts/${mode}.png`, png);
    expect(decodeQrsInPng(png).sort()).toEqual(['ASCII-ONLY-0001', QR_DATA].sort());
  });

  it('windows1258 on a POS-5890 (ESC t 27) decodes with that mapping', () => {
    const emulator = new EscPosEmulator({ codepageMapping: 'pos-5890', paperWidthDots: 384 });
    emulator.write(encodeReceipt(RECEIPT, profile('windows1258', 58)));
    expect(normalizeReceiptText(only(emulator).text)).toBe(normalizeReceiptText(receiptPlainText(RECEIPT)));
  });

  it('pads pairs by visible characters, so tone marks do not shift the value', () => {
    const emulator = new EscPosEmulator();
    emulator.write(
      encodeReceipt({ title: 'T', lines: [{ kind: 'pair', label: 'Họ tên:', value: 'Nguyễn Văn Đức' }] }, profile('windows1258')),
    );
    const line = only(emulator)
      .text.split('\n')
      .find((l) => l.startsWith('Họ tên:'));
    expect([...(line ?? '')]).toHaveLength(48);
  });

  it.each([
    ['raster', undefined],
    ['windows1258', undefined],
    ['raster', { reportId: 0, lengthByte: true, reportSize: 64 }],
    ['windows1258', { reportId: 2, lengthByte: true, reportSize: 64 }],
  ] as const)('%s through the in-process transport (HID %o) prints exactly one receipt', async (mode, hid) => {
    const emulator = new EscPosEmulator();
    const transport = createEmulatedPrinterTransport(emulator, hid === undefined ? {} : { hid });
    const printed = new Promise<EmulatedReceipt>((resolve) => emulator.onReceipt(resolve));
    await transport.write(encodeReceipt(RECEIPT, profile(mode)));
    const r = await printed;
    expect(emulator.receipts()).toHaveLength(1);
    expect(r.qrCodes).toEqual([QR_DATA, 'ASCII-ONLY-0001']);
    await transport.close();
  });

  describe('over loopback TCP', () => {
    let emulator: EscPosEmulator;
    let server: EmulatorTcpServer;
    beforeAll(async () => {
      emulator = new EscPosEmulator();
      server = await startEmulatorTcpServer(emulator, { host: '127.0.0.1', port: 0 });
    });
    afterAll(() => server.close());

    it('a windows1258 receipt sent over TcpTransport comes out once with exact QR data', async () => {
      const transport = await openTcpTransport({ host: '127.0.0.1', port: server.port });
      const printed = new Promise<EmulatedReceipt>((resolve) => emulator.onReceipt(resolve));
      await transport.write(encodeReceipt(RECEIPT, profile('windows1258')));
      const r = await printed;
      expect(emulator.receipts()).toHaveLength(1);
      expect(r.qrCodes[0]).toBe(QR_DATA);
      expect(normalizeReceiptText(r.text)).toBe(normalizeReceiptText(receiptPlainText(RECEIPT)));
      await transport.close();
    });
  });
});
