import { describe, expect, it } from 'vitest';
import { encodeReceipt } from '../../../../../native/printer/encode-receipt';
import { EscPosEmulator } from '../../../../../native/printer/escpos-emulator';
import { normalizeReceiptText, receiptPlainText } from '../../../../../native/printer/receipt';
import { pdfText, squeeze } from '../../../../support/pdf-testkit';
import { ensureDemoData } from '../../../../../main/data/seed-database';
import { openDatabase } from '../../../../../main/db/open-database';
import { createSqlitePersonRepository } from '../../../../../main/db/repositories/sqlite-person-repository';
import { participationPdf } from '../../../../../main/services/records/participation-pdf';
import { participationReceipt, participationStatement } from '../../../../../main/services/records/participation-statement';
import { participationView, profileView } from '../../../../../main/services/records/records-views';

const NOW = new Date('2026-03-15T03:00:00Z');

function lanAnhStatement() {
  const db = openDatabase(':memory:');
  try {
    ensureDemoData(db, { persons: 0 });
    const repo = createSqlitePersonRepository(db);
    const person = repo.findByInsuranceNumber('0112345678');
    if (person === undefined) throw new Error('demo person missing');
    const records = repo.getPersonRecords(person.id);
    if (records === undefined) throw new Error('records missing');
    return participationStatement(profileView(records), participationView(records, {}, NOW), NOW);
  } finally {
    db.close();
  }
}

describe('participation statement', () => {
  const s = lanAnhStatement();

  it('lists every period with its scheme, months and unit, and the totals, in Vietnamese', () => {
    expect(s.fullName).toBe('Nguyễn Thị Lan Anh');
    expect(s.periods.length).toBeGreaterThan(1);
    expect(s.periods.some((p) => p.scheme === 'Bảo hiểm xã hội')).toBe(true);
    expect(s.totals.length).toBeGreaterThan(0);
    expect(s.printedAt).toBe('15/03/2026 10:00');
  });

  it('the receipt text carries each period with diacritics', () => {
    const text = receiptPlainText(participationReceipt(s));
    expect(text).toContain('BẢNG QUÁ TRÌNH THAM GIA BẢO HIỂM');
    expect(text).toContain('Nguyễn Thị Lan Anh');
    for (const p of s.periods) {
      expect(text).toContain(`${p.scheme}: ${p.period} (${p.months})`);
      expect(text).toContain(`Đơn vị: ${p.unit}`);
    }
    for (const t of s.totals) expect(text).toContain(t.months);
    expect(text).toContain('Tổng thời gian đóng');
  });

  it('printed in code-page text mode (Windows-1258), the emulated printer reads every period back with diacritics', () => {
    const receipt = participationReceipt(s);
    const printer = new EscPosEmulator();
    printer.write(encodeReceipt(receipt, { paperWidthMm: 80, textMode: 'windows1258', model: 'epson-tm-t20iii' }));
    const printed = printer.receipts();
    expect(printed).toHaveLength(1);
    const text = normalizeReceiptText(printed[0]?.text ?? '');
    expect(text).toBe(normalizeReceiptText(receiptPlainText(receipt)));
    for (const p of s.periods) expect(text).toContain(`${p.scheme}: ${p.period} (${p.months})`);
  });

  it('the PDF (pdftotext) carries each period with diacritics', async () => {
    const pdf = await participationPdf(s);
    const text = squeeze(await pdfText(pdf));
    expect(text).toContain('BẢNG QUÁ TRÌNH THAM GIA BẢO HIỂM');
    expect(text).toContain('Họ và tên: Nguyễn Thị Lan Anh');
    for (const p of s.periods) expect(text).toContain(`${p.scheme}: ${p.period} (${p.months})`);
    expect(text).toContain('Tổng thời gian đóng');
  });
});
