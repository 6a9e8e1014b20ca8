/**
 * A PDF served at `<prefix><id>.pdf` by an unguessable id (card previews, Electron print jobs). The id is 128 random
 * bits in base64url; a request is matched against that exact shape before any lookup, and the lookup never builds a
 * path from the request. Anything unknown is the same 404.
 */
import { randomBytes } from 'node:crypto';
import type { HttpRoute } from './http-route';

const ID = /^[A-Za-z0-9_-]{22}$/;

export const newPdfId = (): string => randomBytes(16).toString('base64url');

export function pdfIdRoute(opts: {
  readonly prefix: string;
  /** The PDF of this id, or undefined when there is none (any more). */
  readonly find: (id: string) => Uint8Array | undefined;
  readonly what: string;
  readonly inApp: boolean;
}): HttpRoute {
  const notFound = { status: 404, json: { error: { code: 'not-found', message: `no such ${opts.what}` } } } as const;
  return {
    method: 'GET',
    path: `${opts.prefix}*`,
    needsToken: true,
    inApp: opts.inApp,
    handle(req) {
      const name = req.path.slice(opts.prefix.length);
      const id = name.endsWith('.pdf') ? name.slice(0, -4) : '';
      const pdf = ID.test(id) ? opts.find(id) : undefined;
      return pdf === undefined ? notFound : { status: 200, body: Buffer.from(pdf), contentType: 'application/pdf' };
    },
  };
}
