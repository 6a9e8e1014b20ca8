/**
 * Card PDF previews: files in one folder per client under the previews root, served at `/card-preview/<id>.pdf` by the
 * browser host (token required) and on app://kiosk under Electron, and deleted when the visit on that client ends.
 * Ids are 128 random bits, so knowing the token is not enough to guess another client's preview. The whole root is
 * emptied at start: a preview must not survive a crash either.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpRoute } from '../../host/http-route';
import { newPdfId, pdfIdRoute } from '../../host/pdf-id-route';

export const CARD_PREVIEW_ROUTE = '/card-preview/';

export interface CardPreviews {
  /** Stores a preview for this client; answers the URL path that serves it. */
  write(clientId: string, pdf: Uint8Array): string;
  /** A temporary file for this client (e.g. the copy handed to `lp`), removed with the client's previews. */
  tempFile(clientId: string, pdf: Uint8Array): string;
  /** Deletes every file of this client (visit ended, client gone). */
  deletePreviews(clientId: string): void;
  deleteAll(): void;
  readonly route: HttpRoute;
}

export function createCardPreviews(rootDir: string): CardPreviews {
  rmSync(rootDir, { recursive: true, force: true });
  /** Preview id → file; lookups never build a path from the request. */
  const files = new Map<string, { readonly clientId: string; readonly path: string }>();
  // A folder per client, named by a hash: client ids are opaque strings and must not become path segments.
  const folderOf = (clientId: string): string => join(rootDir, createHash('sha256').update(clientId).digest('hex').slice(0, 32));
  const put = (clientId: string, pdf: Uint8Array): { id: string; path: string } => {
    const dir = folderOf(clientId);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const id = newPdfId();
    const path = join(dir, `${id}.pdf`);
    writeFileSync(path, pdf, { mode: 0o600 });
    return { id, path };
  };

  return {
    write(clientId, pdf) {
      const { id, path } = put(clientId, pdf);
      files.set(id, { clientId, path });
      return `${CARD_PREVIEW_ROUTE}${id}.pdf`;
    },
    tempFile: (clientId, pdf) => put(clientId, pdf).path,
    deletePreviews(clientId) {
      for (const [id, f] of files) if (f.clientId === clientId) files.delete(id);
      rmSync(folderOf(clientId), { recursive: true, force: true });
    },
    deleteAll() {
      files.clear();
      rmSync(rootDir, { recursive: true, force: true });
    },
    route: pdfIdRoute({
      prefix: CARD_PREVIEW_ROUTE,
      what: 'preview',
      inApp: true,
      find(id) {
        const file = files.get(id);
        if (file === undefined) return undefined;
        try {
          return readFileSync(file.path);
        } catch {
          files.delete(id);
          return undefined;
        }
      },
    }),
  };
}
