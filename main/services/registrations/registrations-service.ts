/**
 * One façade over the Form 01 services, for the host/IPC wiring: import, expiry, kiosk check, queue tickets and the
 * officer's decisions, sharing one database, clock and logger. Each part can also be created on its own.
 */
import { randomBytes } from 'node:crypto';
import type { QueueChanged } from '../../../preload/contract/channels/officer';
import type { Database } from '../../db/open-database';
import type { EventBus } from '../../ipc/event-bus';
import type { Logger } from '../../logging/logger';
import type { AccountsService } from '../accounts/accounts-service';
import type { Outbox } from '../notifications/outbox';
import { createRegistrationExpiry, type RegistrationExpiry } from './expire-registrations';
import { createRegistrationImporter, type RegistrationImporter } from './import-registrations';
import { createKioskCheck, type KioskCheck } from './kiosk-check';
import { createOfficerDecisions, type OfficerDecisions } from './officer-decisions';
import { createQueueTickets, type QueueTickets } from './queue-tickets';

export interface RegistrationsDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly random?: (n: number) => Uint8Array;
  readonly logger: Logger;
  readonly accounts: Pick<AccountsService, 'createAccount' | 'accountRefOf'>;
  readonly outbox?: Pick<Outbox, 'enqueue' | 'findByKey'>;
  /** Where `officer:queueChanged` goes, so counter consoles refetch instead of polling. */
  readonly bus?: Pick<EventBus, 'emit'>;
}

export type RegistrationsService = RegistrationImporter &
  RegistrationExpiry &
  KioskCheck &
  Omit<QueueTickets, 'finishTicketsOf'> &
  OfficerDecisions;

export function createRegistrationsService(deps: RegistrationsDeps): RegistrationsService {
  const { db, clock, logger } = deps;
  const random = deps.random ?? ((n: number) => new Uint8Array(randomBytes(n)));
  const importer = createRegistrationImporter({ db, clock, random, logger });
  const expiry = createRegistrationExpiry({ db, logger });
  const check = createKioskCheck({ db, clock, random, logger });
  const queue = createQueueTickets({ db, clock, logger });
  const decisions = createOfficerDecisions({
    db,
    clock,
    logger,
    accounts: deps.accounts,
    finishTicketsOf: queue.finishTicketsOf,
    ...(deps.outbox === undefined ? {} : { outbox: deps.outbox }),
  });
  /**
   * Published after the change is committed. A failing listener (a socket gone mid-send) must not turn a committed
   * ticket or decision into an error for the kiosk or the officer, so it is logged and swallowed.
   */
  const changed = <T>(reason: QueueChanged['reason'], value: T): T => {
    try {
      deps.bus?.emit('officer:queueChanged', { reason });
    } catch (error) {
      logger.warn('queue.event-failed', { reason, error: error instanceof Error ? error.name : 'unknown' });
    }
    return value;
  };
  return {
    importLines: (content) => importer.importLines(content),
    expireRegistrations: (now) => {
      const result = expiry.expireRegistrations(now);
      return result.expired > 0 ? changed('expired', result) : result;
    },
    checkAgainstCccd: (code, cccd) => check.checkAgainstCccd(code, cccd),
    reserveTicket: (registrationId, counter) => queue.reserveTicket(registrationId, counter),
    reserveWalkIn: (service) => queue.reserveWalkIn(service),
    servicesOf: (counter) => queue.servicesOf(counter),
    countersServing: (service) => queue.countersServing(service),
    setServicesOf: (counter, services) => queue.setServicesOf(counter, services),
    finishWalkIn: (ticketId, counter) => changed('served', queue.finishWalkIn(ticketId, counter)),
    pendingRating: (counter) => queue.pendingRating(counter),
    confirmTicketPrinted: (ticketId) => changed('issued', queue.confirmTicketPrinted(ticketId)),
    abandonTicket: (ticketId) => changed('abandoned', queue.abandonTicket(ticketId)),
    listQueue: () => queue.listQueue(),
    callNext: (counter) => changed('called', queue.callNext(counter)),
    releaseTicket: (ticketId) => changed('released', queue.releaseTicket(ticketId)),
    recallTicket: (counter) => {
      const entry = queue.recallTicket(counter);
      // Only the call board cares: the queue itself is unchanged (same tickets, same states).
      try {
        deps.bus?.emit('board:changed', { reason: 'recalled' });
      } catch (error) {
        logger.warn('queue.event-failed', { reason: 'recalled', error: error instanceof Error ? error.name : 'unknown' });
      }
      return entry;
    },
    keepCallsAlive: (counters) => queue.keepCallsAlive(counters),
    returnStaleCalls: (staleMs) => {
      const returned = queue.returnStaleCalls(staleMs);
      return returned.length > 0 ? changed('returned', returned) : returned;
    },
    approve: async (input) => changed('approved', await decisions.approve(input)),
    reject: (input) => changed('rejected', decisions.reject(input)),
    previewNotices: (input) => decisions.previewNotices(input),
  };
}
