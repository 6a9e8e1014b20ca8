/** What the crash-safety child (write-load-child.ts) writes, shared with the test that checks it survived. */
import type { Receipt } from '../../native/printer/receipt';

export const LOAD_IMPORT_BATCH = 20;
/** The steps of one iteration, in order; the child prints `step <i> <step>` before each. */
export const LOAD_STEPS = ['audit', 'print', 'import'] as const;
export type LoadStep = (typeof LOAD_STEPS)[number];
export const LOAD_RECEIPT_TITLE = 'IN THỬ';

/** The print job key and the QR data its receipt carries: a job row is consistent when both agree. */
export const loadJobKey = (run: number, i: number): string => `load:${run}:${i}`;
export const loadExternalId = (run: number, i: number, k: number): string => `load-${run}-${i}-${k}`;

export function loadReceipt(run: number, i: number): Receipt {
  return {
    title: LOAD_RECEIPT_TITLE,
    lines: [
      { kind: 'text', text: 'Kiểm tra máy in — tiếng Việt có dấu' },
      { kind: 'pair', label: 'Lần chạy', value: String(run) },
      { kind: 'rule' },
      { kind: 'qr', data: loadJobKey(run, i) },
    ],
    footer: 'Bảo hiểm xã hội Việt Nam',
  };
}
