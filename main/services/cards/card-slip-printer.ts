/**
 * The card's collection slip on the receipt printer. Unlike a queue ticket ("no print, no ticket"), the card is
 * already printed when the slip is queued, so a slip the printer cannot take now stays in the queue and comes out
 * once the paper is refilled; the citizen is told right away, from the first verdict of the printer.
 */
import type { EventBus } from '../../ipc/event-bus';
import type { PrintJobView, PrintQueue } from '../printing/print-queue';
import type { ReceiptPrinter } from './card-printing';

export const SLIP_VERDICT_TIMEOUT_MS = 20_000;

export function createCardSlipPrinter(deps: {
  readonly queue: Pick<PrintQueue, 'enqueue' | 'get'>;
  readonly bus: Pick<EventBus, 'subscribe'>;
  readonly timeoutMs?: number;
}): ReceiptPrinter {
  return (receipt, idempotencyKey) =>
    new Promise((resolve) => {
      let jobId: number | null = null;
      let settled = false;
      const judge = (job: PrintJobView): void => {
        if (settled) return;
        if (job.state === 'printed') finish({ printed: true });
        else if (job.state === 'needs-attention' || job.state === 'failed' || (job.state === 'queued' && job.lastError !== null)) {
          finish({ printed: false, reason: job.lastError ?? job.state });
        }
      };
      // Subscribed before enqueueing: the queue announces state changes synchronously from enqueue on.
      const unsubscribe = deps.bus.subscribe((name, payload) => {
        if (name === 'devices:printJob' && jobId !== null && (payload as PrintJobView).id === jobId) judge(payload as PrintJobView);
      });
      const timer = setTimeout(() => finish({ printed: false, reason: 'timeout' }), deps.timeoutMs ?? SLIP_VERDICT_TIMEOUT_MS);
      timer.unref();
      function finish(v: Awaited<ReturnType<ReceiptPrinter>>): void {
        settled = true;
        unsubscribe();
        clearTimeout(timer);
        resolve(v);
      }
      jobId = deps.queue.enqueue({ kind: 'card-slip', receipt, idempotencyKey }).id;
      const now = deps.queue.get(jobId);
      if (now !== null) judge(now);
    });
}
