/**
 * BHYT card preview and printing, wired for createCore: previews under the data folder (deleted when a visit ends,
 * served at /card-preview/…), the card printer (`lp` when KIOSK_CARD_PRINTER / --card-printer names a CUPS queue,
 * or the printer the Electron shell passes in), and the receipt slip on the receipt printer.
 */
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import type { Database } from '../db/open-database';
import { createSqlitePersonRepository } from '../db/repositories/sqlite-person-repository';
import type { HttpRoute } from '../host/http-route';
import { cardHandlers } from '../ipc/handlers/card-handlers';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../logging/logger';
import type { AccountsService } from '../services/accounts/accounts-service';
import type { CitizenVisitService } from '../services/accounts/citizen-visit-service';
import { createCardPreviews } from '../services/cards/card-previews';
import { createCardPrinting } from '../services/cards/card-printing';
import type { CardPrinting, ReceiptPrinter } from '../services/cards/card-printing';
import { createCardSlipPrinter } from '../services/cards/card-slip-printer';
import { createLpCardPrinter, jobWait } from '../services/cards/lp-card-printer';
import type { CardPrinter } from '../services/cards/lp-card-printer';
import type { PrintQueue } from '../services/printing/print-queue';
import type { VisitEndHooks } from './visit-end-hooks';

export interface CardWiring {
  readonly handlers: ReturnType<typeof cardHandlers>;
  readonly routes: readonly HttpRoute[];
  readonly printing: CardPrinting;
  close(): void;
}

/** Where the slip sends the citizen; the card printer stands at the counter. */
export const CARD_COLLECT_AT = 'quầy trả kết quả';

export function createCardWiring(deps: {
  readonly db: Database;
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly bus: EventBus;
  readonly visits: Pick<CitizenVisitService, 'recordsAccess'>;
  readonly accounts: Pick<AccountsService, 'accountRefOf'>;
  readonly printQueue: Pick<PrintQueue, 'enqueue' | 'get'> | null;
  readonly visitEndHooks: Pick<VisitEndHooks, 'register'>;
  /** 'officer:<id>' of the officer signed in on a client (throws 'unauthorized'); null until the console provides it. */
  readonly officerOf?: ((clientId: string) => string) | null;
  /** The Electron shell's silent printer; otherwise `lp` when configured. */
  readonly cardPrinter?: CardPrinter;
  readonly clock?: () => Date;
}): CardWiring {
  const { db, config, logger } = deps;
  const previews = createCardPreviews(join(config.dataDir, 'card-previews'));
  const cardPrinter =
    deps.cardPrinter ??
    (config.cardPrinter === undefined ? null : createLpCardPrinter({ queue: config.cardPrinter, ...jobWait(config.printWaitSeconds) }));
  const queue = config.devices === 'none' ? null : deps.printQueue;
  const receipts: ReceiptPrinter | null = queue === null ? null : createCardSlipPrinter({ queue, bus: deps.bus });
  const printing = createCardPrinting({
    db,
    clock: deps.clock ?? (() => new Date()),
    logger,
    persons: createSqlitePersonRepository(db),
    citizenOf: (clientId) => deps.visits.recordsAccess(clientId),
    officerOf: deps.officerOf ?? null,
    accountRefOf: (n) => deps.accounts.accountRefOf(n),
    previews,
    cardPrinter,
    receipts,
    collectAt: CARD_COLLECT_AT,
  });
  const unregister = deps.visitEndHooks.register('card-previews', (clientId) => previews.deletePreviews(clientId));
  return {
    handlers: cardHandlers(printing),
    routes: [previews.route],
    printing,
    close: () => {
      unregister();
      previews.deleteAll();
    },
  };
}
