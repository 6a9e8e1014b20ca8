/**
 * The warm-path caches (reused font subset programs, compressed streams, QR paths) must never let
 * one card's text or QR leak into another's: each card is checked on its own after others.
 */
import { describe, expect, it } from 'vitest';
import { renderBhytCardPdf, type BhytCardData } from '../../../../native/documents/bhyt-card-pdf.js';
import { SAMPLE_BHYT_CARD } from '../../../../native/documents/sample-documents.js';
import { decodeQrFromPng, pdfFonts, pdfText, rasterize, squeeze } from '../../../support/pdf-testkit.js';

function card(fullName: string, insuranceNumber: string): BhytCardData {
  return {
    ...SAMPLE_BHYT_CARD,
    fullName,
    insuranceNumber,
    qrPayload: SAMPLE_BHYT_CARD.qrPayload.replace(/^\d{10}/, insuranceNumber),
  };
}

describe('card rendering with reused fonts', () => {
  it('prints each name exactly when cards follow one another, including letters outside the preloaded set', async () => {
    const cards = [
      card('Trần Văn Đức', '0123456789'),
      card('Ngô Thị Ỷ Lan', '0198765432'),
      // ñ and ü are not Vietnamese: they extend the subset beyond the preloaded repertoire.
      card('Nguyễn Peña Müller', '0155555555'),
      card('Trần Văn Đức', '0123456789'),
    ];
    const pdfs: Uint8Array[] = [];
    for (const c of cards) pdfs.push(await renderBhytCardPdf(c));
    for (const [i, c] of cards.entries()) {
      const text = squeeze(await pdfText(pdfs[i] ?? new Uint8Array(), 1));
      expect(text).toContain(`Họ và tên: ${c.fullName.toUpperCase()}`);
      expect(text).toContain(`Mã số: ${c.insuranceNumber}`);
      for (const f of await pdfFonts(pdfs[i] ?? new Uint8Array())) expect(f).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    expect(squeeze(await pdfText(pdfs[2] ?? new Uint8Array(), 1))).toContain('PEÑA MÜLLER');
  });

  it('encodes each card its own QR payload after a cached one', async () => {
    const first = card('Lê Minh Khôi', '3602150777');
    const second = card('Lê Minh Khôi', '3806001234');
    await renderBhytCardPdf(first);
    const pdf = await renderBhytCardPdf(second);
    const decoded = decodeQrFromPng(await rasterize(pdf, 1, 300));
    expect(decoded).toBe(second.qrPayload);
  });
});
