/**
 * Mẫu số 01 — TỜ KHAI đăng ký sử dụng phương thức giao dịch điện tử (individual), A4, filled from
 * the kiosk registration. The citizen signs it and brings it with the ID card to the BHXH office;
 * the QR carries only the registration code so the counter can open the record without typing.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { z } from 'zod';
import { MM_TO_PT } from './card-layout.js';
import { documentFonts } from './document-fonts.js';
import { drawTextBox, fitTextBox, type TextBox } from './draw-text-box.js';
import { drawQr } from './draw-qr.js';
import { formatCardDate, isCalendarDate } from './bhyt-card-text.js';
import type { TextAlign } from './card-layout.js';
import { INSURANCE_NUMBER_PATTERN } from '../../preload/contract/insurance-number';

const text = z.string().trim().min(1);

export const form01DataSchema = z.object({
  /** Printed and put in the QR verbatim; visible ASCII only, so it reads the same on paper and on screen. */
  registrationCode: z.string().regex(/^[\x21-\x7e]{4,40}$/, 'expected 4-40 visible ASCII characters'),
  fullName: text,
  insuranceNumber: z.string().regex(INSURANCE_NUMBER_PATTERN, 'expected 10 digits').nullable(),
  idNumber: z.string().regex(/^\d{9}$|^\d{12}$|^[A-Z]\d{7,8}$/, 'expected CCCD, CMND or passport number'),
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the citizen's papers record only that much. */
  dateOfBirth: z
    .string()
    .refine((s) => /^\d{4}$/.test(s) || /^\d{4}-(0[1-9]|1[0-2])$/.test(s) || isCalendarDate(s), 'expected YYYY-MM-DD, YYYY-MM or YYYY'),
  gender: z.enum(['male', 'female']),
  address: z.object({ provinceName: text, wardName: text, street: text }),
  phone: z.string().regex(/^0\d{9}$/, 'expected a 10-digit phone number'),
  email: z.email().nullable(),
  /** The receiving BHXH office, e.g. "Bảo hiểm xã hội cơ sở Ba Đình". */
  officeName: text,
  /** ISO 8601 instant; printed as the Vietnam (UTC+7) calendar date. */
  createdAt: z.iso.datetime({ offset: true }),
});
export type Form01Data = z.input<typeof form01DataSchema>;

const A4: [number, number] = [595.28, 841.89];
const MARGIN_LEFT = 20 * MM_TO_PT;
const MARGIN_RIGHT = 15 * MM_TO_PT;
const MARGIN_TOP = 12 * MM_TO_PT;
const MARGIN_BOTTOM = 12 * MM_TO_PT;
const CONTENT_WIDTH = A4[0] - MARGIN_LEFT - MARGIN_RIGHT;
const INK = rgb(0.08, 0.1, 0.12);
const MUTED = rgb(0.3, 0.33, 0.36);
const ACCENT = rgb(0.04, 0.44, 0.42);
const LINE_HEIGHT = 1.3;
const BODY = 10.5;

/** Vietnam has no DST: UTC+7 all year, so the calendar date needs no time-zone database. */
export function vietnamDateParts(iso: string): { day: string; month: string; year: string } {
  const d = new Date(Date.parse(iso) + 7 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: pad(d.getUTCDate()), month: pad(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}

/** "Thành phố Hà Nội" → "Hà Nội", "Tỉnh Bắc Ninh" → "Bắc Ninh": the place in the signature line. */
function shortProvince(name: string): string {
  return name.replace(/^(Thành phố|Tỉnh)\s+/i, '');
}

type Fonts = { readonly regular: PDFFont; readonly bold: PDFFont };
type Para = {
  readonly label?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly align?: TextAlign;
  readonly indent?: number;
  readonly width?: number;
  readonly x?: number;
  readonly gapAfter?: number;
  readonly color?: TextBox['color'];
  /** Citizen-entered values are capped in lines and shrink instead, so the page can never overflow. */
  readonly maxLines?: number;
  readonly minSize?: number;
};

/** A top-to-bottom writer: each paragraph starts where the previous one ended. */
class PageWriter {
  y: number;
  constructor(
    readonly page: PDFPage,
    readonly fonts: Fonts,
  ) {
    this.y = page.getHeight() - MARGIN_TOP;
  }

  para(value: string, o: Para = {}): void {
    const size = o.size ?? BODY;
    const x = (o.x ?? MARGIN_LEFT) + (o.indent ?? 0);
    const drawn = drawTextBox(this.page, {
      label: o.label ?? null,
      value,
      valueFont: o.bold ? this.fonts.bold : this.fonts.regular,
      labelFont: this.fonts.regular,
      x,
      top: this.y,
      width: (o.width ?? CONTENT_WIDTH) - (o.indent ?? 0),
      maxLines: o.maxLines ?? 12,
      maxSize: size,
      minSize: o.minSize ?? size,
      lineHeight: LINE_HEIGHT,
      align: o.align ?? 'left',
      color: o.color ?? INK,
      labelColor: INK,
    });
    this.y = drawn.bottom - (o.gapAfter ?? 3);
  }

  gap(pt: number): void {
    this.y -= pt;
  }
}

function drawCheckbox(page: PDFPage, x: number, top: number, size: number): void {
  page.drawRectangle({ x, y: top - size, width: size, height: size, borderColor: INK, borderWidth: 0.8 });
  // A drawn tick: Be Vietnam Pro has no ballot-box glyphs.
  page.drawLine({
    start: { x: x + size * 0.2, y: top - size * 0.55 },
    end: { x: x + size * 0.42, y: top - size * 0.8 },
    thickness: 1.2,
    color: INK,
  });
  page.drawLine({
    start: { x: x + size * 0.42, y: top - size * 0.8 },
    end: { x: x + size * 0.82, y: top - size * 0.2 },
    thickness: 1.2,
    color: INK,
  });
}

export async function renderForm01Pdf(data: Form01Data): Promise<Uint8Array> {
  const d = form01DataSchema.parse(data);
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle('Tờ khai đăng ký giao dịch điện tử - Mẫu số 01');
  doc.setProducer('BHXH Kiosk');
  const fontSet = documentFonts(doc);
  const fonts: Fonts = { regular: await fontSet.get('regular'), bold: await fontSet.get('bold') };
  const page = doc.addPage(A4);
  const w = new PageWriter(page, fonts);

  const date = vietnamDateParts(d.createdAt);
  const name = d.fullName.normalize('NFC').replace(/\s+/g, ' ').toUpperCase();
  const address = [d.address.street, d.address.wardName, d.address.provinceName].map((s) => s.normalize('NFC')).join(', ');

  w.para('Mẫu số 01', { size: 10, align: 'right', gapAfter: 6, color: MUTED });
  w.para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true, align: 'center', gapAfter: 1 });
  w.para('Độc lập - Tự do - Hạnh phúc', { size: 12, bold: true, align: 'center', gapAfter: 0 });
  const mottoWidth = fonts.bold.widthOfTextAtSize('Độc lập - Tự do - Hạnh phúc', 12);
  const cx = MARGIN_LEFT + CONTENT_WIDTH / 2;
  page.drawLine({ start: { x: cx - mottoWidth / 2, y: w.y + 1 }, end: { x: cx + mottoWidth / 2, y: w.y + 1 }, thickness: 0.8, color: INK });
  w.gap(14);

  w.para('TỜ KHAI', { size: 15, bold: true, align: 'center', gapAfter: 2 });
  w.para('Đăng ký sử dụng, điều chỉnh thông tin và ngừng sử dụng phương thức giao dịch điện tử trong lĩnh vực bảo hiểm xã hội', {
    size: 12,
    bold: true,
    align: 'center',
    indent: 40,
    width: CONTENT_WIDTH - 40,
    gapAfter: 2,
  });
  w.para('(Dành cho cá nhân)', { size: BODY, align: 'center', gapAfter: 10, color: MUTED });
  w.para(d.officeName, { label: 'Kính gửi:', size: 12, bold: true, align: 'center', maxLines: 2, minSize: 10, gapAfter: 12 });

  w.para('I. THÔNG TIN NGƯỜI KÊ KHAI', { size: 11.5, bold: true, gapAfter: 6, color: ACCENT });
  const field = (label: string, value: string, maxLines = 1): void =>
    w.para(value, { label, bold: true, indent: 12, gapAfter: 3, maxLines, minSize: 8 });
  field('1. Họ và tên (viết chữ in hoa):', name, 2);
  field('2. Mã số bảo hiểm xã hội:', d.insuranceNumber ?? 'Chưa có');
  field('3. Số CCCD/CMND/Hộ chiếu:', d.idNumber);
  const rowTop = w.y;
  // A partial date is printed as the papers write it: 'mm/yyyy' or 'yyyy'.
  field(
    '4. Ngày sinh:',
    /^\d{4}-\d{2}$/.test(d.dateOfBirth) ? `${d.dateOfBirth.slice(5)}/${d.dateOfBirth.slice(0, 4)}` : formatCardDate(d.dateOfBirth),
  );
  w.y = rowTop;
  w.para(d.gender === 'male' ? 'Nam' : 'Nữ', {
    label: 'Giới tính:',
    bold: true,
    x: MARGIN_LEFT + 250,
    width: CONTENT_WIDTH - 250,
    gapAfter: 3,
  });
  field('5. Địa chỉ liên hệ:', address, 3);
  field('6. Số điện thoại di động:', d.phone);
  field('7. Địa chỉ thư điện tử:', d.email ?? 'Không có', 2);
  w.gap(4);

  w.para('II. NỘI DUNG ĐĂNG KÝ', { size: 11.5, bold: true, gapAfter: 6, color: ACCENT });
  w.para(`Đăng ký sử dụng phương thức giao dịch điện tử trong lĩnh vực bảo hiểm xã hội từ ngày ${date.day}/${date.month}/${date.year}.`, {
    indent: 12,
    gapAfter: 4,
  });
  const boxTop = w.y - 2;
  drawCheckbox(page, MARGIN_LEFT + 12, boxTop, 9);
  w.para('Đăng ký giao dịch tại: Cổng thông tin điện tử của Bảo hiểm xã hội Việt Nam (bao gồm ứng dụng VssID).', {
    indent: 26,
    gapAfter: 4,
  });
  w.para('Do chưa có chứng thư số, tôi đề nghị cơ quan bảo hiểm xã hội cấp mã xác thực giao dịch điện tử qua:', {
    indent: 12,
    gapAfter: 3,
  });
  if (d.email !== null) w.para(d.email, { label: '- Địa chỉ thư điện tử:', bold: true, indent: 24, gapAfter: 3, maxLines: 2, minSize: 8 });
  w.para(d.phone, { label: '- Số điện thoại di động:', bold: true, indent: 24, gapAfter: 3 });
  w.gap(4);

  w.para('III. CAM KẾT', { size: 11.5, bold: true, gapAfter: 6, color: ACCENT });
  w.para(
    'Tôi cam kết những thông tin kê khai trên là đúng sự thật và chịu trách nhiệm trước pháp luật về nội dung đã kê khai; ' +
      'tự bảo mật tài khoản, mật khẩu và mã xác thực giao dịch điện tử, chịu trách nhiệm về các giao dịch điện tử thực hiện ' +
      'bằng tài khoản của mình theo quy định tại Nghị định số 166/2016/NĐ-CP.',
    { indent: 12, gapAfter: 4 },
  );
  w.gap(10);

  // Signature (right) and registration code + QR (left) side by side.
  const blockTop = w.y;
  const rightX = MARGIN_LEFT + CONTENT_WIDTH / 2;
  const rightW = CONTENT_WIDTH / 2;
  w.para(`${shortProvince(d.address.provinceName)}, ngày ${date.day} tháng ${date.month} năm ${date.year}`, {
    x: rightX,
    width: rightW,
    align: 'center',
    gapAfter: 4,
  });
  w.para('NGƯỜI KÊ KHAI', { x: rightX, width: rightW, align: 'center', bold: true, gapAfter: 1 });
  w.para('(Ký, ghi rõ họ tên)', { x: rightX, width: rightW, align: 'center', size: 10, color: MUTED, gapAfter: 52 });
  w.para(name, { x: rightX, width: rightW, align: 'center', bold: true, gapAfter: 0, maxLines: 2, minSize: 8 });
  const signatureBottom = w.y;

  const qrSize = 26 * MM_TO_PT;
  const leftW = CONTENT_WIDTH / 2 - 20;
  w.y = blockTop;
  w.para('Mã đăng ký:', { width: leftW, align: 'center', size: 10, color: MUTED, gapAfter: 1 });
  w.para(d.registrationCode, { width: leftW, align: 'center', size: 13, bold: true, color: ACCENT, gapAfter: 4 });
  drawQr(page, d.registrationCode, {
    x: MARGIN_LEFT + (leftW - qrSize) / 2,
    top: w.y,
    size: qrSize,
    quietZoneModules: 4,
    errorCorrectionLevel: 'M',
  });
  w.y = Math.min(w.y - qrSize, signatureBottom) - 14;

  // Bring-to-office note in a tinted frame so it is not missed; measured first so the fill sits under the text.
  const note =
    'Mang tờ khai này (đã ký) cùng thẻ Căn cước/Căn cước công dân đến cơ quan bảo hiểm xã hội trong vòng 10 ngày kể từ ngày kê khai. ' +
    'Quá thời hạn trên, đăng ký sẽ tự động bị hủy.';
  const noteOpts = { label: 'Lưu ý:', size: 10, bold: true, x: MARGIN_LEFT + 10, width: CONTENT_WIDTH - 20, gapAfter: 0 } as const;
  const noteLines = fitTextBox({
    label: noteOpts.label,
    value: note,
    valueFont: fonts.bold,
    labelFont: fonts.regular,
    x: noteOpts.x,
    top: 0,
    width: noteOpts.width,
    maxLines: 12,
    maxSize: noteOpts.size,
    minSize: noteOpts.size,
    lineHeight: LINE_HEIGHT,
    align: 'left',
    color: INK,
    labelColor: INK,
  }).lines.length;
  const padding = 8;
  const noteHeight = noteLines * noteOpts.size * LINE_HEIGHT + 2 * padding;
  page.drawRectangle({
    x: MARGIN_LEFT,
    y: w.y - noteHeight,
    width: CONTENT_WIDTH,
    height: noteHeight,
    borderColor: ACCENT,
    borderWidth: 1,
    color: rgb(0.93, 0.97, 0.96),
  });
  w.y -= padding;
  w.para(note, noteOpts);
  // Every variable field is capped in lines above, so this is a programming error, not bad input.
  if (w.y - padding < MARGIN_BOTTOM) throw new Error('Form 01 layout runs off the page');
  return doc.save({ useObjectStreams: false });
}
