/**
 * Enqueues a receipt and waits for the printer's verdict, for flows where the citizen may only see a result once the
 * paper is out ("no print, no ticket"). A job the printer refused is withdrawn from the queue before we answer, so
 * it cannot come out later (paper refilled) for a reservation we already abandoned.
 */
import type { Receipt } from '../../../native/printer/receipt';
import type { EventBus } from '../../ipc/event-bus';
import type { PrintJobView, PrintQueue } from '../printing/print-queue';

export type PrintVerdict = { readonly printed: true; readonly jobId: number } | { readonly printed: false; readonly reason: string };

const DEFAULT_TIMEOUT_MS = 30_000;

/** 'printed' ends well; the printer asking for attention, giving up, or a retry after an error ends badly. */
function verdictOf(job: PrintJobView): 'printed' | 'refused' | 'pending' {
  if (job.state === 'printed') return 'printed';
  if (job.state === 'needs-attention' || job.state === 'failed') return 'refused';
  if (job.state === 'queued' && job.lastError !== null) return 'refused';
  return 'pending';
}

export function printAndWait(
  deps: { readonly queue: Pick<PrintQueue, 'enqueue' | 'get' | 'cancel'>; readonly bus: Pick<EventBus, 'subscribe'> },
  job: { readonly kind: string; readonly receipt: Receipt; readonly idempotencyKey: string },
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<PrintVerdict> {
  const { queue, bus } = deps;
  return new Promise<PrintVerdict>((resolve) => {
    let jobId: number | null = null;
    let settled = false;
    // A holder, not a variable: finish() may run (synchronously, from enqueue) before the timer exists.
    const timer: { id?: NodeJS.Timeout } = {};
    const finish = (v: PrintVerdict): void => {
      if (settled) return;
      settled = true;
      unsubscribe();
      if (timer.id !== undefined) clearTimeout(timer.id);
      resolve(v);
    };
    const judge = (view: PrintJobView): void => {
      const verdict = verdictOf(view);
      if (verdict === 'printed') finish({ printed: true, jobId: view.id });
      else if (verdict === 'refused') {
        // Settled first: withdrawing announces the job again (re-entering this listener with 'cancelled').
        finish({ printed: false, reason: view.lastError ?? view.state });
        // Withdrawn now, or it was already final ('failed'): either way it will not print later.
        queue.cancel(view.id);
      }
    };
    // Subscribed before enqueueing: the queue announces state changes synchronously from enqueue onwards.
    const unsubscribe = bus.subscribe((name, payload) => {
      if (name !== 'devices:printJob' || jobId === null) return;
      const view = payload as PrintJobView;
      if (view.id === jobId) judge(view);
    });
    const queued = queue.enqueue(job);
    jobId = queued.id;
    const now = queue.get(queued.id);
    if (now !== null) judge(now);
    if (settled) return;
    timer.id = setTimeout(() => {
      // Still waiting: withdraw it if it has not reached the printer; if it is printing right now, keep waiting for it.
      if (jobId !== null && queue.cancel(jobId)) finish({ printed: false, reason: 'timeout' });
    }, timeoutMs);
    timer.id.unref();
  });
}
