/**
 * The receipt-printer slip that goes with a printed BHYT card: which card, which copy, and where to collect it
 * (the card printer stands at the counter). A reprint carries the REPRINT banner and its copy number, so a slip
 * for a second copy can never be taken for the first. The name is not printed: the mã số identifies the card and
 * the slip may be left behind.
 */
import type { Receipt } from '../../../native/printer/receipt';
import { vietnamDateTime } from '../registrations/registration-types';

export interface CardReceiptInput {
  readonly insuranceNumber: string;
  /** dd/mm/yyyy, as on the card. */
  readonly cardIssueDate: string;
  readonly copyNumber: number;
  readonly printedAt: Date;
  /** Where the citizen picks the card up, e.g. 'Quầy 1' or 'quầy trả kết quả'. */
  readonly collectAt: string;
}

/** The slip's QR: which card and which copy. */
export function cardReceiptCode(insuranceNumber: string, copyNumber: number): string {
  return `BHYT-CARD:${insuranceNumber}:${copyNumber}`;
}

export function buildCardReceipt(input: CardReceiptInput): Receipt {
  const reprint = input.copyNumber >= 2;
  return {
    title: 'PHIẾU NHẬN THẺ BHYT',
    ...(reprint ? { reprint: true } : {}),
    lines: [
      { kind: 'text', text: reprint ? `Thẻ BHYT in lại – bản số ${input.copyNumber}` : 'Thẻ BHYT đã được in', align: 'center', bold: true },
      { kind: 'pair', label: 'Mã số BHXH:', value: input.insuranceNumber },
      { kind: 'pair', label: 'Ngày cấp thẻ:', value: input.cardIssueDate },
      { kind: 'pair', label: 'Bản in:', value: reprint ? `Bản in lại số ${input.copyNumber}` : 'Bản in lần đầu' },
      { kind: 'pair', label: 'Thời gian in:', value: vietnamDateTime(input.printedAt) },
      { kind: 'rule' },
      // Scanned at the counter to find the card to hand over; plain ASCII, so it also reads on any scanner.
      { kind: 'qr', data: cardReceiptCode(input.insuranceNumber, input.copyNumber) },
      { kind: 'text', text: `Vui lòng nhận thẻ tại ${input.collectAt}.`, bold: true },
      { kind: 'text', text: 'Mang theo phiếu này và CCCD khi nhận thẻ.' },
    ],
    footer: 'Kiểm tra thông tin trên thẻ trước khi rời quầy.',
  };
}
