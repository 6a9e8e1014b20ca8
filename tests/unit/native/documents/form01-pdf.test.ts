import { beforeAll, describe, expect, it } from 'vitest';
import { renderForm01Pdf, vietnamDateParts, type Form01Data } from '../../../../native/documents/form01-pdf.js';
import { SAMPLE_FORM01 } from '../../../../native/documents/sample-documents.js';
import { decodeQrFromPng, pdfFonts, pdfPageSizes, pdfText, rasterize, squeeze } from '../../../support/pdf-testkit.js';

/** Whole text with every whitespace run (line breaks included) collapsed, for wrapped paragraphs. */
function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}

const longForm: Form01Data = {
  ...SAMPLE_FORM01,
  fullName: 'Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Ngọc Bảo Trâm Khánh Linh',
  insuranceNumber: null,
  email: null,
  address: {
    provinceName: 'Thành phố Hồ Chí Minh',
    wardName: 'Phường Tân Phước Khánh',
    street: 'Số 1234/56/78 hẻm 9, khu phố Bình Phước B, tổ dân phố số 15, đường Nguyễn Thị Minh Khai nối dài, khu dân cư Việt Sing',
  },
  officeName: 'Bảo hiểm xã hội cơ sở Tân Phước Khánh, Bảo hiểm xã hội Thành phố Hồ Chí Minh',
};

describe('renderForm01Pdf', () => {
  let pdf: Uint8Array;
  let text: string;

  beforeAll(async () => {
    pdf = await renderForm01Pdf(SAMPLE_FORM01);
    text = await pdfText(pdf);
  });

  it('is one A4 page with the font embedded as subsets', async () => {
    const sizes = await pdfPageSizes(pdf);
    expect(sizes).toHaveLength(1);
    expect(sizes[0]?.width).toBeCloseTo(595.28, 1);
    expect(sizes[0]?.height).toBeCloseTo(841.89, 1);
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  it('has the national motto, the title and Mẫu số 01', () => {
    const t = squeeze(text);
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(t).toContain('Mẫu số 01');
    expect(t).toContain('TỜ KHAI');
    expect(flat(text)).toContain(
      'Đăng ký sử dụng, điều chỉnh thông tin và ngừng sử dụng phương thức giao dịch điện tử trong lĩnh vực bảo hiểm xã hội',
    );
  });

  it('prints every field exactly', () => {
    const t = squeeze(text);
    for (const s of [
      'Kính gửi: Bảo hiểm xã hội cơ sở Ba Đình',
      'Họ và tên (viết chữ in hoa): NGUYỄN THỊ LAN ANH',
      'Mã số bảo hiểm xã hội: 0112345678',
      'Số CCCD/CMND/Hộ chiếu: 001192012345',
      'Ngày sinh: 14/03/1992',
      'Giới tính: Nữ',
      'Địa chỉ liên hệ: Số 12, ngõ 34 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội',
      'Số điện thoại di động: 0912345678',
      'Địa chỉ thư điện tử: lananh.nguyen@example.vn',
      'DK-2025-7F3K9Q',
    ]) {
      expect(t).toContain(s);
    }
  });

  it('asks for the authentication code by email and phone, and carries the commitment and signature block', () => {
    const f = flat(text);
    expect(f).toContain('đề nghị cơ quan bảo hiểm xã hội cấp mã xác thực giao dịch điện tử qua:');
    expect(f).toContain('- Địa chỉ thư điện tử: lananh.nguyen@example.vn');
    expect(f).toContain('- Số điện thoại di động: 0912345678');
    expect(f).toContain('Tôi cam kết những thông tin kê khai trên là đúng sự thật');
    expect(f).toContain('Hà Nội, ngày 02 tháng 06 năm 2025');
    expect(f).toContain('NGƯỜI KÊ KHAI');
    expect(f).toContain('(Ký, ghi rõ họ tên)');
    expect(f).toContain('trong vòng 10 ngày');
  });

  it('QR decodes to exactly the registration code', async () => {
    expect(decodeQrFromPng(await rasterize(pdf, 1, 300))).toBe('DK-2025-7F3K9Q');
  });

  it('dates the form in Vietnam time (UTC+7)', () => {
    expect(vietnamDateParts('2025-06-01T17:30:00Z')).toEqual({ day: '02', month: '06', year: '2025' });
    expect(vietnamDateParts('2025-06-01T16:59:59Z')).toEqual({ day: '01', month: '06', year: '2025' });
    expect(vietnamDateParts('2025-12-31T18:00:00+01:00')).toEqual({ day: '01', month: '01', year: '2026' });
  });

  it('fits very long values on the page and says what is missing', async () => {
    const long = await renderForm01Pdf(longForm);
    const f = flat(await pdfText(long));
    expect(f).toContain('TÔN NỮ HOÀNG THỊ PHƯƠNG THẢO NGUYỄN NGỌC BẢO TRÂM KHÁNH LINH');
    expect(f).toContain('Mã số bảo hiểm xã hội: Chưa có');
    expect(f).toContain('Địa chỉ thư điện tử: Không có');
    expect(f).not.toContain('- Địa chỉ thư điện tử');
    expect(f).toContain('Hồ Chí Minh, ngày 02 tháng 06 năm 2025');
    expect(f).toContain('trong vòng 10 ngày');
    expect(decodeQrFromPng(await rasterize(long, 1, 300))).toBe('DK-2025-7F3K9Q');
  });

  it('prints a partial date of birth as the papers write it (mm/yyyy, yyyy), and a CMND or passport number', async () => {
    const month = squeeze(await pdfText(await renderForm01Pdf({ ...SAMPLE_FORM01, dateOfBirth: '1952-07', idNumber: '012345678' })));
    expect(month).toContain('Ngày sinh: 07/1952');
    expect(month).toContain('Số CCCD/CMND/Hộ chiếu: 012345678');
    const year = squeeze(await pdfText(await renderForm01Pdf({ ...SAMPLE_FORM01, dateOfBirth: '1948', idNumber: 'C1234567' })));
    expect(year).toContain('Ngày sinh: 1948');
    expect(year).toContain('Số CCCD/CMND/Hộ chiếu: C1234567');
    await expect(renderForm01Pdf({ ...SAMPLE_FORM01, dateOfBirth: '1952-13' })).rejects.toThrow(/dateOfBirth/);
  });

  it('rejects malformed data', async () => {
    await expect(renderForm01Pdf({ ...SAMPLE_FORM01, phone: '12345' })).rejects.toThrow(/phone/);
    await expect(renderForm01Pdf({ ...SAMPLE_FORM01, createdAt: 'yesterday' })).rejects.toThrow(/createdAt/);
  });
});
