/**
 * What a queue ticket prints: the service and its series, the label large (A015), the counters that serve it, the
 * time, and for a Form 01 ticket a QR with the check reference. A walk-in ticket (B, C, D) carries nothing personal.
 */
import type { Receipt, ReceiptLine } from '../../../native/printer/receipt';
import { SERVICE_NAMES_VI, ticketLabel } from '../../../preload/contract/ticket-label';
import type { QueueTicket } from './queue-tickets';
import { vietnamDateTime } from './registration-types';

export function buildTicketReceipt(
  ticket: Pick<QueueTicket, 'service' | 'number' | 'counter' | 'checkRef' | 'createdAt'>,
  /** The counters serving this service (office data); empty = every counter. */
  counters: readonly string[] = [],
): Receipt {
  const where = ticket.counter ?? (counters.length === 0 ? 'Theo bảng gọi số' : counters.join(', '));
  const check: ReceiptLine[] =
    ticket.checkRef === null
      ? []
      : [
          { kind: 'rule' },
          { kind: 'qr', data: ticket.checkRef },
          { kind: 'text', text: `Mã đối chiếu: ${ticket.checkRef}`, align: 'center' },
        ];
  return {
    title: 'PHIẾU SỐ THỨ TỰ',
    lines: [
      { kind: 'text', text: `Dịch vụ ${ticket.service}: ${SERVICE_NAMES_VI[ticket.service]}`, align: 'center' },
      { kind: 'text', text: ticketLabel(ticket), size: 'large', bold: true, align: 'center' },
      { kind: 'pair', label: 'Quầy:', value: where },
      { kind: 'pair', label: 'Thời gian:', value: vietnamDateTime(new Date(ticket.createdAt)) },
      ...check,
    ],
    // The same paper story as the screens: the form is signed on paper at the counter, printed there if need be.
    footer:
      ticket.checkRef === null
        ? 'Vui lòng chờ gọi số trên bảng gọi số. Sau khi được phục vụ, mời bạn đánh giá mức độ hài lòng tại quầy.'
        : 'Vui lòng chờ gọi số. Mang CCCD và tờ khai 01 nếu đã in; chưa có bản giấy, cán bộ in giúp để bạn ký.',
  };
}
