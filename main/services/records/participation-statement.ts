/**
 * "In bảng quá trình tham gia": the signed-in citizen's participation history as a receipt (code-page text for the
 * kiosk's receipt printer) and as the lines the A4 PDF prints. Both are built from the same ParticipationView the
 * screen shows, so paper and screen never disagree. Vietnamese with diacritics; the receipt encoder falls back to
 * unaccented text only where the printer's code page lacks a character.
 */
import type { ParticipationView, Profile, SchemeName } from '../../../preload/contract/channels/records';
import type { Receipt, ReceiptLine } from '../../../native/printer/receipt';

export const SCHEME_NAMES: Readonly<Record<SchemeName, string>> = {
  bhxh: 'Bảo hiểm xã hội',
  bhtn: 'Bảo hiểm thất nghiệp',
  'bhtnld-bnn': 'Bảo hiểm TNLĐ-BNN',
  bhyt: 'Bảo hiểm y tế',
};

export interface StatementPeriod {
  readonly scheme: string;
  /** "01/2015 - 12/2019", or "01/2020 - nay" for an open period (ASCII dash: every printer code page has it). */
  readonly period: string;
  readonly months: string;
  readonly unit: string;
  readonly position: string | null;
  readonly salary: string | null;
}

export interface ParticipationStatement {
  readonly title: string;
  readonly fullName: string;
  readonly insuranceNumber: string;
  readonly dateOfBirth: string;
  readonly periods: readonly StatementPeriod[];
  readonly totals: readonly { readonly scheme: string; readonly months: string }[];
  /** "26/11/2026 08:15" in Vietnam time. */
  readonly printedAt: string;
}

const month = (ym: string): string => `${ym.slice(5, 7)}/${ym.slice(0, 4)}`;
const dob = (d: string): string => (d.length === 10 ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : d);
/** Vietnam has no daylight saving: UTC+7 all year. */
const vietnamTime = (d: Date): string => {
  const v = new Date(d.getTime() + 7 * 3_600_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${two(v.getUTCHours())}:${two(v.getUTCMinutes())}`;
};
const money = (n: number): string => `${new Intl.NumberFormat('vi-VN').format(n)} đ`;

export function participationStatement(profile: Profile, view: ParticipationView, now: Date): ParticipationStatement {
  return {
    title: 'BẢNG QUÁ TRÌNH THAM GIA BẢO HIỂM',
    fullName: profile.fullName,
    insuranceNumber: profile.insuranceNumber,
    dateOfBirth: dob(profile.dateOfBirth),
    periods: view.periods.map((p) => ({
      scheme: SCHEME_NAMES[p.scheme],
      period: `${month(p.fromMonth)} - ${p.toMonth === null ? 'nay' : month(p.toMonth)}`,
      months: `${p.months} tháng`,
      unit: p.employerName ?? 'Tự đóng / hộ gia đình',
      position: p.position,
      salary: p.salaryBase === null ? null : money(p.salaryBase),
    })),
    totals: view.totals.map((t) => ({ scheme: SCHEME_NAMES[t.scheme], months: `${t.months} tháng` })),
    printedAt: vietnamTime(now),
  };
}

export function participationReceipt(s: ParticipationStatement): Receipt {
  const lines: ReceiptLine[] = [
    { kind: 'text', text: 'Bảo hiểm xã hội Việt Nam', align: 'center', bold: true },
    { kind: 'pair', label: 'Họ tên:', value: s.fullName },
    { kind: 'pair', label: 'Mã số BHXH:', value: s.insuranceNumber },
    { kind: 'pair', label: 'Ngày sinh:', value: s.dateOfBirth },
    { kind: 'rule' },
  ];
  for (const p of s.periods) {
    lines.push({ kind: 'text', text: `${p.scheme}: ${p.period} (${p.months})`, bold: true });
    lines.push({ kind: 'text', text: `  Đơn vị: ${p.unit}` });
    if (p.position !== null) lines.push({ kind: 'text', text: `  Chức vụ: ${p.position}` });
    if (p.salary !== null) lines.push({ kind: 'text', text: `  Mức đóng: ${p.salary}` });
  }
  lines.push({ kind: 'rule' });
  lines.push({ kind: 'text', text: 'Tổng thời gian đóng:', bold: true });
  for (const t of s.totals) lines.push({ kind: 'pair', label: `${t.scheme}:`, value: t.months });
  lines.push({ kind: 'rule' });
  lines.push({ kind: 'pair', label: 'In lúc:', value: s.printedAt });
  return { title: s.title, lines, footer: 'Thông tin tra cứu, không thay thế sổ BHXH.' };
}
