import { describe, expect, it } from 'vitest';
import { DEFAULT_PRINTER_PROFILE, printableWidthDots, printerProfileSchema } from '../../../../native/printer/printer-profile.js';
import { normalizeReceiptText, receiptPlainText } from '../../../../native/printer/receipt.js';
import { SAMPLE_RECEIPT } from '../../../../native/printer/sample-receipt.js';

describe('PrinterProfile', () => {
  it('accepts the default profile (80 mm, raster) and gives 576 dots', () => {
    expect(printerProfileSchema.parse(DEFAULT_PRINTER_PROFILE)).toEqual({ paperWidthMm: 80, textMode: 'raster', model: 'epson-tm-t20iii' });
    expect(printableWidthDots(DEFAULT_PRINTER_PROFILE)).toBe(576);
    expect(printableWidthDots({ paperWidthMm: 58, textMode: 'raster', model: 'pos-5890' })).toBe(384);
  });
  it('rejects unknown models and code pages the model lacks', () => {
    expect(printerProfileSchema.safeParse({ paperWidthMm: 80, textMode: 'raster', model: 'acme-9000' }).success).toBe(false);
    const r = printerProfileSchema.safeParse({ paperWidthMm: 58, textMode: 'tcvn3', model: 'pos-5890' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/no tcvn3 code page/u);
    expect(printerProfileSchema.safeParse({ paperWidthMm: 76, textMode: 'raster', model: 'pos-5890' }).success).toBe(false);
  });
});

describe('receiptPlainText', () => {
  it('lists content in print order with QR markers', () => {
    const text = receiptPlainText({ ...SAMPLE_RECEIPT, reprint: true });
    expect(text.split('\n').slice(0, 3)).toEqual(['BẢN IN LẠI', 'Phiếu tiếp nhận hồ sơ', 'Bảo hiểm xã hội Việt Nam']);
    expect(text).toContain('[QR] BHXH-HS-2026-000123');
    expect(normalizeReceiptText('a  b\n──────\n\nc')).toBe('a b --- c');
  });
});
