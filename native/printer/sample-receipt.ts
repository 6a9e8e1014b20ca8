import type { Receipt } from './receipt.js';

/** Fictional Vietnamese receipt used by tests, the bench and demo mode (no real personal data). */
export const SAMPLE_RECEIPT: Receipt = Object.freeze({
  title: 'Phiếu tiếp nhận hồ sơ',
  lines: Object.freeze([
    { kind: 'text', text: 'Bảo hiểm xã hội Việt Nam', align: 'center', bold: true },
    { kind: 'rule' },
    { kind: 'pair', label: 'Họ và tên:', value: 'Nguyễn Văn Đức' },
    { kind: 'pair', label: 'Mã số BHXH:', value: '7901234567' },
    { kind: 'pair', label: 'Thủ tục:', value: 'Cấp lại thẻ BHYT' },
    { kind: 'qr', data: 'BHXH-HS-2026-000123' },
    { kind: 'text', text: 'Số thứ tự: 015', align: 'center', size: 'large' },
  ]),
  footer: 'Cảm ơn quý khách',
} satisfies Receipt);
