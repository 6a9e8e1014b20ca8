/** What a queue ticket prints: the number large, the counter, a QR with the check reference, and the time. */
import type { Receipt } from '../../../native/printer/receipt';
import type { QueueTicket } from './queue-tickets';
import { vietnamDateTime } from './registration-types';

export function buildTicketReceipt(ticket: Pick<QueueTicket, 'number' | 'counter' | 'checkRef' | 'createdAt'>): Receipt {
  return {
    title: 'PHIẾU SỐ THỨ TỰ',
    lines: [
      { kind: 'text', text: 'Tiếp nhận tờ khai đăng ký VssID', align: 'center' },
      { kind: 'text', text: String(ticket.number).padStart(3, '0'), size: 'large', bold: true, align: 'center' },
      { kind: 'pair', label: 'Quầy:', value: ticket.counter },
      { kind: 'pair', label: 'Thời gian:', value: vietnamDateTime(new Date(ticket.createdAt)) },
      { kind: 'rule' },
      { kind: 'qr', data: ticket.checkRef },
      { kind: 'text', text: `Mã đối chiếu: ${ticket.checkRef}`, align: 'center' },
    ],
    // The same paper story as the screens: the form is signed on paper at the counter, printed there if need be.
    footer: 'Vui lòng chờ gọi số. Mang CCCD và tờ khai 01 nếu đã in; chưa có bản giấy, cán bộ in giúp để bạn ký.',
  };
}
