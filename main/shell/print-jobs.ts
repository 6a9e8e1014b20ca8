/**
 * PDFs waiting to be printed by Electron, served to the print page (renderer/print.html) at
 * `app://kiosk/print-job/<id>.pdf`. Held in memory only for the few seconds of a print; ids are 128 random bits and
 * a job is gone as soon as its print ended. Only the app protocol serves this route (main/index.ts): the browser host
 * prints with `lp` and never has it.
 */
import { randomBytes } from 'node:crypto';
import type { HttpRoute } from '../host/http-route';

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

const ID = /^[A-Za-z0-9_-]{22}$/;

export function createPrintJobs(): PrintJobs {
  const jobs = new Map<string, Uint8Array>();
  const notFound = { status: 404, json: { error: { code: 'not-found', message: 'no such print job' } } } as const;
  return {
    add(pdf) {
      const id = randomBytes(16).toString('base64url');
      jobs.set(id, pdf);
      return { path: `${PRINT_JOB_ROUTE}${id}.pdf`, done: () => void jobs.delete(id) };
    },
    get size() {
      return jobs.size;
    },
    route: {
      method: 'GET',
      path: `${PRINT_JOB_ROUTE}*`,
      needsToken: true,
      inApp: true,
      handle(req) {
        const name = req.path.slice(PRINT_JOB_ROUTE.length);
        const id = name.endsWith('.pdf') ? name.slice(0, -4) : '';
        const pdf = ID.test(id) ? jobs.get(id) : undefined;
        return pdf === undefined ? notFound : { status: 200, body: Buffer.from(pdf), contentType: 'application/pdf' };
      },
    },
  };
}
