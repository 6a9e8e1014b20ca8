/**
 * Form 01 on the office's A4 document printer, wired for createCore: `lp -o media=A4` to the CUPS queue named by
 * KIOSK_DOCUMENT_PRINTER / --document-printer (or the printer the Electron shell passes in), the printing service
 * over the shared database, and the kiosk + counter handlers.
 */
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import type { Database } from '../db/open-database';
import { form01PrintHandlers } from '../ipc/handlers/form01-print-handlers';
import type { Logger } from '../logging/logger';
import { createLpCardPrinter, jobWait } from '../services/cards/lp-card-printer';
import type { PdfPrinter } from '../services/cards/lp-card-printer';
import { createForm01Printing } from '../services/registrations/form01-printing';
import type { KioskRegistrations } from '../services/registrations/kiosk-registration';

export function createForm01PrintWiring(deps: {
  readonly db: Database;
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly kiosk: Pick<KioskRegistrations, 'form01Data'>;
  readonly printableForm: (clientId: string, from: 'filed' | 'checked') => string | null;
  /** Also refuses ('forbidden') a registration that is not in this officer's counter queue nor opened by them. */
  readonly officerOf: (clientId: string, registrationId: number) => string;
  /** The Electron shell's silent A4 printer; otherwise `lp` when a queue is configured. */
  readonly documentPrinter?: PdfPrinter;
  readonly clock?: () => Date;
}): { readonly handlers: ReturnType<typeof form01PrintHandlers> } {
  const { config } = deps;
  const printer =
    deps.documentPrinter ??
    (config.documentPrinter === undefined
      ? null
      : createLpCardPrinter({ queue: config.documentPrinter, purpose: 'document', ...jobWait(config.printWaitSeconds) }));
  const printing = createForm01Printing({
    db: deps.db,
    clock: deps.clock ?? (() => new Date()),
    logger: deps.logger,
    kiosk: deps.kiosk,
    printer,
    spoolDir: join(config.dataDir, 'document-spool'),
  });
  return {
    handlers: form01PrintHandlers({
      printing,
      printerConfigured: printer !== null,
      printableForm: deps.printableForm,
      officerOf: deps.officerOf,
    }),
  };
}
