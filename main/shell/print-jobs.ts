/**
 * PDFs waiting to be printed by Electron, served to the print page (renderer/print.html) at
 * `app://kiosk/print-job/<id>.pdf`. Held in memory only for the few seconds of a print; ids are 128 random bits and
 * a job is gone as soon as its print ended. Only the app protocol serves this route (main/index.ts): the browser host
 * prints with `lp` and never has it.
 */
import type { HttpRoute } from '../host/http-route';
import { newPdfId, pdfIdRoute } from '../host/pdf-id-route';

export const PRINT_JOB_ROUTE = '/print-job/';

export interface PrintJob {
  /** The path the print page fetches (its URL fragment). */
  readonly path: string;
  /** Forgets the PDF. */
  done(): void;
}

export interface PrintJobs {
  add(pdf: Uint8Array): PrintJob;
  readonly size: number;
  readonly route: HttpRoute;
}

export function createPrintJobs(): PrintJobs {
  const jobs = new Map<string, Uint8Array>();
  return {
    add(pdf) {
      const id = newPdfId();
      jobs.set(id, pdf);
      return { path: `${PRINT_JOB_ROUTE}${id}.pdf`, done: () => void jobs.delete(id) };
    },
    get size() {
      return jobs.size;
    },
    route: pdfIdRoute({ prefix: PRINT_JOB_ROUTE, what: 'print job', inApp: true, find: (id) => jobs.get(id) }),
  };
}
