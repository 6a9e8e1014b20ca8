/**
 * The A4 PDF of "Bảng quá trình tham gia" for the browser host (no receipt printer at home): the same statement as
 * the receipt, set in the bundled Be Vietnam Pro so every diacritic prints, one line per period, new pages as needed.
 */
import { PDFDocument, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { documentFonts } from '../../../native/documents/document-fonts';
import type { ParticipationStatement } from './participation-statement';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);

export async function participationPdf(s: ParticipationStatement): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(s.title);
  doc.setCreator('BHXH kiosk');
  const fonts = documentFonts(doc);
  const regular = await fonts.get('regular');
  const bold = await fonts.get('bold');

  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const line = (text: string, font: PDFFont, size: number, color = INK, indent = 0): void => {
    if (y < MARGIN + size) {
      page = doc.addPage(A4);
      y = A4[1] - MARGIN;
    }
    page.drawText(fit(text, font, size, A4[0] - 2 * MARGIN - indent), { x: MARGIN + indent, y: y - size, size, font, color });
    y -= size * 1.5;
  };

  line('BẢO HIỂM XÃ HỘI VIỆT NAM', bold, 11, MUTED);
  y -= 6;
  line(s.title, bold, 16);
  y -= 4;
  line(`Họ và tên: ${s.fullName}`, regular, 11);
  line(`Mã số BHXH: ${s.insuranceNumber}    Ngày sinh: ${s.dateOfBirth}`, regular, 11);
  y -= 8;
  for (const p of s.periods) {
    line(`${p.scheme}: ${p.period} (${p.months})`, bold, 11);
    line(`Đơn vị: ${p.unit}`, regular, 10, INK, 14);
    const extra = [p.position !== null ? `Chức vụ: ${p.position}` : null, p.salary !== null ? `Mức đóng: ${p.salary}` : null]
      .filter((x) => x !== null)
      .join('    ');
    if (extra !== '') line(extra, regular, 10, MUTED, 14);
  }
  y -= 8;
  line('Tổng thời gian đóng', bold, 12);
  for (const t of s.totals) line(`${t.scheme}: ${t.months}`, regular, 11, INK, 14);
  y -= 8;
  line(`In lúc ${s.printedAt}. Thông tin tra cứu, không thay thế sổ BHXH.`, regular, 9, MUTED);
  return doc.save();
}

/** Shortens with "…" rather than running off the page (unit names can be long). */
function fit(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let t = text;
  while (t.length > 1 && font.widthOfTextAtSize(`${t}…`, size) > width) t = t.slice(0, -1);
  return `${t}…`;
}
