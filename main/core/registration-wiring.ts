/**
 * Form 01 at the kiosk, wired for createCore: the registrations façade over the shared database, the hourly expiry
 * sweep, kiosk filing, and the handlers (which read scans from the devices service and print through its queue).
 * Kept out of create-core.ts so the composition root stays a list of parts.
 */
import { loadWardMappings } from '../data/ward-mappings';
import type { Database } from '../db/open-database';
import { createCardAddressResolver, type ResolvedCardAddress } from '../domain/address/card-address';
import type { EventBus } from '../ipc/event-bus';
import { registrationHandlers } from '../ipc/handlers/registration-handlers';
import type { RegistrationHandlers } from '../ipc/handlers/registration-handlers';
import type { Logger } from '../logging/logger';
import type { DevicesService } from '../services/devices/devices-service';
import { scheduleRegistrationExpiry } from '../services/registrations/expire-registrations';
import { createKioskRegistrations } from '../services/registrations/kiosk-registration';
import type { KioskRegistrations } from '../services/registrations/kiosk-registration';
import { createRegistrationsService } from '../services/registrations/registrations-service';
import type { RegistrationsService } from '../services/registrations/registrations-service';
import type { AccountWiring } from './account-wiring';
import type { VisitEndHooks } from './visit-end-hooks';

/**
 * Kiosk tickets wait in line A (Form 01) for any counter serving it (issue #18); before, they all went to counter 1.
 */
export const TICKET_COUNTER = null;

export interface RegistrationWiring {
  readonly handlers: RegistrationHandlers['handlers'];
  readonly registrations: RegistrationsService;
  readonly kiosk: KioskRegistrations;
  /** What this kiosk client may print Form 01 of (see RegistrationHandlers.printableForm). */
  readonly printableForm: RegistrationHandlers['printableForm'];
  onClientGone(clientId: string): void;
  close(): void;
}

export function createRegistrationWiring(deps: {
  readonly db: Database;
  readonly logger: Logger;
  readonly bus: EventBus;
  readonly account: Pick<AccountWiring, 'accounts' | 'outbox' | 'otp'>;
  readonly devices: Pick<DevicesService, 'lastScan' | 'forgetScans' | 'queue'>;
  readonly visitEndHooks: Pick<VisitEndHooks, 'register'>;
  readonly clock?: () => Date;
}): RegistrationWiring {
  const { db, logger, bus, account, devices } = deps;
  const clock = deps.clock ?? (() => new Date());
  const registrations = createRegistrationsService({ db, clock, logger, accounts: account.accounts, outbox: account.outbox, bus });
  // Spent OTPs go on the same timer: at start and hourly (issue #14).
  const stopExpiry = scheduleRegistrationExpiry({ expiry: registrations, clock, logger, alsoEachRun: () => account.otp.purgeSpent() });
  const kiosk = createKioskRegistrations({ db, clock, logger });
  const wards = db.prepare('SELECT code, name FROM wards WHERE province_code = ? ORDER BY name_key');
  const personByCccd = db.prepare('SELECT insurance_number FROM persons WHERE id_number = ?');
  // Built on the first self-registration: the merger rules are 11,000 rows of a 4 MB JSON file.
  let resolver: ((address: string) => ResolvedCardAddress) | undefined;
  const resolveAddress = (address: string): ResolvedCardAddress => {
    resolver ??= createCardAddressResolver({
      provinces: db.prepare('SELECT code, name FROM provinces').all() as { code: string; name: string }[],
      wards: db.prepare('SELECT code, province_code AS provinceCode, name FROM wards').all() as {
        code: string;
        provinceCode: string;
        name: string;
      }[],
      mappings: loadWardMappings(),
    });
    return resolver(address);
  };
  const h = registrationHandlers({
    resolveAddress,
    wardsOf: (provinceCode) => wards.all(provinceCode) as { code: string; name: string }[],
    registrations,
    kiosk,
    scans: devices,
    printQueue: devices.queue,
    bus,
    otp: account.otp,
    clock,
    counter: TICKET_COUNTER,
    knownPerson: (idNumber) => {
      const row = personByCccd.get(idNumber) as { insurance_number: string } | undefined;
      return row === undefined
        ? null
        : { insuranceNumber: row.insurance_number, hasAccount: account.accounts.exists(row.insurance_number) };
    },
  });
  const unregister = deps.visitEndHooks.register('registration', (clientId) => h.endVisit(clientId));
  return {
    handlers: h.handlers,
    registrations,
    kiosk,
    printableForm: (clientId, from) => h.printableForm(clientId, from),
    onClientGone: (clientId) => h.forget(clientId),
    close: () => {
      unregister();
      stopExpiry();
    },
  };
}
