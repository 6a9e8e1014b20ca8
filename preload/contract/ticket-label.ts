/**
 * What a citizen comes to the office for, each with its own number series (A001, B001 …, per service per Vietnam
 * day), and the one way a ticket number is written: on the slip, the kiosk, the officer console and the call board.
 * Runs anywhere (pure TypeScript + zod).
 */
import { z } from 'zod';

/** A: Form 01 / VssID account activation; B: BHYT card; C: advice on records; D: anything else. */
export const SERVICES = ['A', 'B', 'C', 'D'] as const;
export const serviceSchema = z.enum(SERVICES);
export type ServiceCode = z.infer<typeof serviceSchema>;

/** The services a citizen picks at the "Lấy số thứ tự" screen: A comes from the Form 01 check only. */
export const WALK_IN_SERVICES = ['B', 'C', 'D'] as const satisfies readonly ServiceCode[];
export const walkInServiceSchema = z.enum(WALK_IN_SERVICES);

/** Names as printed on the slip (Vietnamese; the screens translate them through their catalogues). */
export const SERVICE_NAMES_VI: Readonly<Record<ServiceCode, string>> = {
  A: 'Tờ khai 01 / kích hoạt VssID',
  B: 'Thẻ BHYT',
  C: 'Tư vấn hồ sơ',
  D: 'Việc khác',
};

/** "A015": the series letter and the day's number, three digits at least. */
export function ticketLabel(ticket: { readonly service: ServiceCode; readonly number: number }): string {
  return `${ticket.service}${String(ticket.number).padStart(3, '0')}`;
}
