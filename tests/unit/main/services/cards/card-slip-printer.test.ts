import { describe, expect, it } from 'vitest';
import type { PrintOutcome } from '../../../../../native/devices/device-state';
import { receiptPlainText, type Receipt } from '../../../../../native/printer/receipt';
import { openDatabase } from '../../../../../main/db/open-database';
import { createEventBus } from '../../../../../main/ipc/event-bus';
import { silentLogger } from '../../../../../main/logging/logger';
import { createPrintQueue } from '../../../../../main/services/printing/print-queue';
import { buildCardReceipt } from '../../../../../main/services/cards/card-receipt';
import { createCardSlipPrinter } from '../../../../../main/services/cards/card-slip-printer';

function setup(outcomes: PrintOutcome[]) {
  const db = openDatabase(':memory:');
  const bus = createEventBus();
  const printed: Receipt[] = [];
  const queue = createPrintQueue({
    db,
    logger: silentLogger,
    onJob: (job) => bus.emit('devices:printJob', job),
    printer: {
      print: async (r) => {
        const o = outcomes.shift() ?? { ok: true };
        if (o.ok) printed.push(r);
        return o;
      },
    },
  });
  return { db, queue, printed, slips: createCardSlipPrinter({ queue, bus }) };
}

const slip = (copyNumber: number): Receipt =>
  buildCardReceipt({ insuranceNumber: '0112345678', cardIssueDate: '05/01/2025', copyNumber, printedAt: new Date(), collectAt: 'quầy 2' });

describe('card slip printer', () => {
  it('answers printed once the receipt printer confirms, and a reprint slip carries the banner', async () => {
    const { slips, printed, db } = setup([]);
    expect(await slips(slip(1), 'card-print-1')).toEqual({ printed: true });
    expect(await slips(slip(2), 'card-print-2')).toEqual({ printed: true });
    expect(receiptPlainText(printed[0] ?? slip(0))).not.toContain('BẢN IN LẠI');
    const second = receiptPlainText(printed[1] ?? slip(0));
    expect(second.split('\n')[0]).toBe('BẢN IN LẠI');
    expect(second).toContain('Bản in: Bản in lại số 2');
    expect(second).toContain('[QR] BHYT-CARD:0112345678:2');
    db.close();
  });

  it('tells paper-out at once but keeps the slip queued, so it prints when paper is back', async () => {
    const { slips, printed, queue, db } = setup([{ ok: false, reason: 'paper-out', sent: false, message: 'paper out' }]);
    expect(await slips(slip(1), 'card-print-7')).toEqual({ printed: false, reason: 'paper-out' });
    expect(printed).toHaveLength(0);
    await queue.kick();
    expect(printed).toHaveLength(1);
    expect(receiptPlainText(printed[0] ?? slip(0))).toContain('Mã số BHXH: 0112345678');
    db.close();
  });
});
