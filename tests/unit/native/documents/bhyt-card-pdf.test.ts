import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBhytCard, renderBhytCardPdf, type BhytCardData, type RenderedBhytCard } from '../../../../native/documents/bhyt-card-pdf.js';
import { loadBhytCardLayout, MM_TO_PT } from '../../../../native/documents/card-layout.js';
import { SAMPLE_BHYT_CARD, SAMPLE_BHYT_QR_1666 } from '../../../../native/documents/sample-documents.js';
import {
  decodeQrFromPng,
  pdfFonts,
  pdfPageSizes,
  pdfText,
  pdfWords,
  rasterize,
  squeeze,
  type PdfWord,
} from '../../../support/pdf-testkit.js';

// <repo>/native/documents → <repo>/tests/fixtures (the repository's own fictional samples).
const FIXTURES = fileURLToPath(new URL('../../../fixtures/bhyt-qr.txt', import.meta.url));

const LONG_NAME = 'Tôn Nữ Hoàng Thị Phương Thảo Nguyên Khánh';
const LONG_FACILITY = 'Trung tâm Y tế khu vực Thủ Dầu Một - Phòng khám Đa khoa khu vực Phú Hòa thuộc Bệnh viện Đa khoa tỉnh Bình Dương';

const longCard: BhytCardData = {
  ...SAMPLE_BHYT_CARD,
  fullName: LONG_NAME,
  facilityName: LONG_FACILITY,
  livingAreaCode: 'K2',
};

function placedOf(r: RenderedBhytCard, id: string) {
  const p = r.placed.find((e) => e.id === id);
  if (!p) throw new Error(`element ${id} not placed`);
  return p;
}

describe('renderBhytCardPdf', () => {
  let sample: RenderedBhytCard;
  let sampleText: string;

  beforeAll(async () => {
    sample = await renderBhytCard(SAMPLE_BHYT_CARD);
    sampleText = squeeze(await pdfText(sample.pdf, 1));
  });

  it('prints every front field exactly, with Vietnamese diacritics, as extractable text', () => {
    for (const s of [
      'BẢO HIỂM XÃ HỘI VIỆT NAM',
      'THẺ BẢO HIỂM Y TẾ',
      'Mã số: 0112345678',
      'Họ và tên: NGUYỄN THỊ LAN ANH',
      'Ngày sinh: 14/03/1992',
      'Giới tính: Nữ',
      'Mã mức hưởng: 4',
      'Mã nơi ĐK KCB ban đầu: 01001',
      'Nơi ĐK KCB ban đầu: Bệnh viện Đa khoa tỉnh Bắc Ninh',
      'Giá trị sử dụng: Từ ngày 01/01/2025 đến ngày 31/12/2025',
      'Thời điểm đủ 5 năm liên tục: 01/01/2030',
      'Nơi cấp, đổi thẻ: Phường Ba Đình, Thành phố Hà Nội',
      'Ngày cấp: 05/01/2025',
    ]) {
      expect(sampleText).toContain(s);
    }
    // Absent optional field: neither label nor value.
    expect(sampleText).not.toContain('Mã nơi sinh sống');
    expect(sampleText).toBe(sampleText.normalize('NFC'));
  });

  it('prints the holder notes on page 2', async () => {
    const back = squeeze(await pdfText(sample.pdf, 2));
    expect(back).toContain('NHỮNG ĐIỀU CẦN LƯU Ý');
    expect(back).toContain('Xuất trình thẻ bảo hiểm y tế');
    expect(back).toContain('1900 9068');
    expect(back).not.toContain('0112345678');
  });

  it('embeds Be Vietnam Pro as subsets with a Unicode map', async () => {
    const fonts = await pdfFonts(sample.pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(1);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+BeVietnamPro-(Regular|Bold)$/);
      expect(f).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
  });

  it('has two pages of exactly the documented card size', async () => {
    const layout = loadBhytCardLayout();
    const sizes = await pdfPageSizes(sample.pdf);
    expect(sizes).toHaveLength(2);
    for (const s of sizes) {
      expect(s.width).toBeCloseTo(layout.card.widthMm * MM_TO_PT, 2);
      expect(s.height).toBeCloseTo(layout.card.heightMm * MM_TO_PT, 2);
    }
    expect(layout.card).toEqual({ widthMm: 85.6, heightMm: 53.98 });
  });

  it('encodes the stored QR payload byte-exactly (decoded back from a 300 dpi raster)', async () => {
    const png = await rasterize(sample.pdf, 1, 300);
    expect(decodeQrFromPng(png)).toBe(SAMPLE_BHYT_QR_1666);
    // Print-quality guard: modules below 0.25 mm are unreliable on card printers.
    expect(sample.qrModuleMm).toBeGreaterThanOrEqual(0.25);
  });

  it('uses the 1666 fixture line from tests/fixtures', () => {
    const line = readFileSync(FIXTURES, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('template-1666-17\t'));
    expect(line?.split('\t')[1]).toBe(SAMPLE_BHYT_QR_1666);
  });

  it('keeps Vietnamese non-hex QR content intact', async () => {
    const payload = 'Nguyễn Thị Lan Anh|Bệnh viện Đa khoa|Đồng Tháp|$';
    const pdf = await renderBhytCardPdf({ ...SAMPLE_BHYT_CARD, qrPayload: payload });
    expect(decodeQrFromPng(await rasterize(pdf, 1, 300))).toBe(payload);
  });

  it('prints only "Từ ngày …" for an open-ended card', async () => {
    const pdf = await renderBhytCardPdf({ ...SAMPLE_BHYT_CARD, validTo: null });
    const text = squeeze(await pdfText(pdf, 1));
    expect(text).toContain('Giá trị sử dụng: Từ ngày 01/01/2025');
    expect(text).not.toContain('đến ngày');
  });

  it('prints the reprint label and the living-area code when present', async () => {
    const pdf = await renderBhytCardPdf({ ...SAMPLE_BHYT_CARD, copyLabel: 'BẢN IN LẠI 2', livingAreaCode: 'K1' });
    const text = squeeze(await pdfText(pdf, 1));
    expect(text).toContain('BẢN IN LẠI 2');
    expect(text).toContain('Mã nơi sinh sống: K1');
  });

  it('normalizes decomposed (NFD) input to NFC on the card', async () => {
    const pdf = await renderBhytCardPdf({ ...SAMPLE_BHYT_CARD, fullName: 'Nguyễn Thị Lan Anh'.normalize('NFD') });
    expect(squeeze(await pdfText(pdf, 1))).toContain('NGUYỄN THỊ LAN ANH');
  });

  it('shrinks and wraps a very long name and facility name instead of overflowing', async () => {
    const r = await renderBhytCard(longCard);
    const name = placedOf(r, 'fullName');
    const facility = placedOf(r, 'facilityName');
    expect(name.sizePt).toBeLessThan(name.fontSizePt);
    expect(name.truncated).toBe(false);
    expect(facility.sizePt).toBeLessThan(facility.fontSizePt);
    expect(facility.truncated).toBe(false);
    expect(facility.lines.join(' ')).toBe(LONG_FACILITY);

    const text = squeeze(await pdfText(r.pdf, 1));
    expect(text).toContain(`Họ và tên: ${LONG_NAME.toUpperCase()}`);
    for (const line of facility.lines) expect(text).toContain(line);

    // Geometry from the rendered PDF: every word inside the card margins, none under the QR box.
    const layout = loadBhytCardLayout();
    const qr = layout.front.qr;
    if (!qr) throw new Error('front has no QR box');
    const words = (await pdfWords(r.pdf)).filter((w) => w.page === 1);
    const pageW = layout.card.widthMm * MM_TO_PT;
    expect(words.length).toBeGreaterThan(30);
    let checkedBesideQr = 0;
    for (const w of words) {
      expect(w.xMin).toBeGreaterThanOrEqual(0);
      expect(w.xMax).toBeLessThanOrEqual(pageW - 3 * MM_TO_PT);
      const besideQr = w.yMax > qr.yMm * MM_TO_PT && w.yMin < (qr.yMm + qr.sizeMm) * MM_TO_PT;
      if (besideQr) {
        checkedBesideQr++;
        expect(w.xMax, w.text).toBeLessThanOrEqual(qr.xMm * MM_TO_PT);
      }
    }
    expect(checkedBesideQr).toBeGreaterThan(10);
  });

  it('cuts with an ellipsis only when even the minimum size cannot fit', async () => {
    const absurd = Array.from({ length: 12 }, () => 'Nguyễn Thị Lan Anh').join(' ');
    const r = await renderBhytCard({ ...SAMPLE_BHYT_CARD, fullName: absurd });
    const name = placedOf(r, 'fullName');
    expect(name.truncated).toBe(true);
    expect(name.lines).toHaveLength(1);
    expect(name.lines[0]).toMatch(/…$/);
  });

  it('gives every drawn element its own area, inside the card and clear of the QR (layout boxes)', async () => {
    const layout = loadBhytCardLayout();
    const qr = layout.front.qr;
    if (!qr) throw new Error('front has no QR box');
    const cards = [SAMPLE_BHYT_CARD, longCard, { ...longCard, copyLabel: 'BẢN IN LẠI 2', validTo: null }];
    for (const card of cards) {
      const { placed } = await renderBhytCard(card);
      for (const side of ['front', 'back'] as const) {
        const boxes = placed.filter((p) => p.side === side);
        expect(boxes.length).toBeGreaterThan(5);
        for (const a of boxes) {
          expect(a.box.yMm + a.box.heightMm, a.id).toBeLessThanOrEqual(layout.card.heightMm);
          const qrClash =
            side === 'front' &&
            a.box.xMm < qr.xMm + qr.sizeMm &&
            qr.xMm < a.box.xMm + a.box.widthMm &&
            a.box.yMm < qr.yMm + qr.sizeMm &&
            qr.yMm < a.box.yMm + a.box.heightMm;
          expect(qrClash, a.id).toBe(false);
          for (const b of boxes) {
            if (a === b) continue;
            const clash =
              a.box.xMm < b.box.xMm + b.box.widthMm &&
              b.box.xMm < a.box.xMm + a.box.widthMm &&
              a.box.yMm < b.box.yMm + b.box.heightMm &&
              b.box.yMm < a.box.yMm + a.box.heightMm;
            expect(clash, `${a.id} / ${b.id}`).toBe(false);
          }
        }
      }
    }
  });

  it('lays out no two words on top of each other, on both sides', async () => {
    for (const card of [SAMPLE_BHYT_CARD, longCard, { ...longCard, copyLabel: 'BẢN IN LẠI 2', validTo: null }]) {
      const words = await pdfWords(await renderBhytCardPdf(card));
      // Glyph boxes include the tall Vietnamese ascent; shrink them vertically so only real collisions count.
      const core = (w: PdfWord) => {
        const h = w.yMax - w.yMin;
        return { ...w, yMin: w.yMin + 0.25 * h, yMax: w.yMax - 0.25 * h };
      };
      expect(words.length).toBeGreaterThan(50);
      const boxes = words.map(core);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (!a || !b || a.page !== b.page) continue;
          const overlap = a.xMin < b.xMax - 0.2 && b.xMin < a.xMax - 0.2 && a.yMin < b.yMax && b.yMin < a.yMax;
          expect(overlap, `${a.text} / ${b.text}`).toBe(false);
        }
      }
    }
  });

  it('rejects malformed card data without echoing it', async () => {
    await expect(renderBhytCardPdf({ ...SAMPLE_BHYT_CARD, insuranceNumber: '01123' })).rejects.toThrow(/insuranceNumber/);
    await expect(renderBhytCardPdf({ ...SAMPLE_BHYT_CARD, validFrom: '01/01/2025' })).rejects.toThrow(/validFrom/);
    await expect(renderBhytCardPdf({ ...SAMPLE_BHYT_CARD, validTo: '2025-02-30' })).rejects.toThrow(/validTo/);
    await expect(renderBhytCardPdf({ ...SAMPLE_BHYT_CARD, dateOfBirth: '92' })).rejects.toThrow(/dateOfBirth/);
    await expect(renderBhytCardPdf({ ...SAMPLE_BHYT_CARD, insuranceNumber: '01123' })).rejects.not.toThrow(/01123/);
  });

  it('stays small', () => {
    expect(sample.pdf.byteLength).toBeLessThan(60_000);
  });
});
