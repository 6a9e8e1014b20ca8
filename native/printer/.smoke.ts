import { writeFileSync } from 'node:fs';
import { encodeReceipt } from './encode-receipt.js';
import { EscPosEmulator } from './escpos-emulator.js';
import type { Receipt } from './receipt.js';
const r: Receipt = { title: 'Phiếu tiếp nhận', reprint: true, footer: 'Cảm ơn quý khách — hẹn gặp lại', lines: [
  { kind: 'text', text: 'Bảo hiểm xã hội Việt Nam', align: 'center', bold: true },
  { kind: 'rule' },
  { kind: 'pair', label: 'Họ tên:', value: 'Nguyễn Văn Đức' },
  { kind: 'pair', label: 'Mã số BHXH:', value: '0123456789' },
  { kind: 'text', text: 'ĐỒNG Ý Ễ Ỹ ỗ ữ Ằ Ẩ ặ — chữ in hoa có dấu', size: 'large' },
  { kind: 'feed', lines: 1 },
  { kind: 'qr', data: 'BHXH|0123456789|Nguyễn Văn Đức' },
  { kind: 'text', text: 'Số thứ tự: 015', align: 'right' },
]};
for (const mode of ['raster', 'windows1258', 'tcvn3'] as const) {
  const e = new EscPosEmulator();
  const t0 = performance.now();
  const bytes = encodeReceipt(r, { paperWidthMm: 80, textMode: mode, model: 'epson-tm-t20iii' });
  const t1 = performance.now();
  e.write(bytes);
  const rs = e.receipts();
  console.log(mode, bytes.length, (t1-t0).toFixed(0)+'ms', rs.length);
  console.log(rs[0]?.text);
  writeFileSync(`/tmp/receipts/${mode}.png`, rs[0]!.png());
}
