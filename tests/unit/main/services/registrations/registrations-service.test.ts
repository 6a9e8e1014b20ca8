import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/logging/logger';
import { createAccountsService } from '../../../../../main/services/accounts/accounts-service';
import { TEST_PASSWORD_HASHING } from '../../../../../main/services/accounts/password-hasher';
import { createOutbox } from '../../../../../main/services/notifications/outbox';
import { createOtpService } from '../../../../../main/services/otp/otp-service';
import { cccdOf, importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';
import { createRegistrationsService, type RegistrationsService } from '../../../../../main/services/registrations/registrations-service';

let t: TestDatabase;
let service: RegistrationsService;

beforeEach(() => {
  t = openTestDatabase();
  const { db } = t;
  const clock = (): Date => new Date('2025-03-02T03:00:00Z');
  const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
  const outbox = createOutbox({ db, clock });
  const otp = createOtpService({ db, clock, random, logger: silentLogger, outbox });
  const accounts = createAccountsService({ db, clock, random, logger: silentLogger, otp, hashing: TEST_PASSWORD_HASHING });
  service = createRegistrationsService({ db, clock, random, logger: silentLogger, accounts, outbox });
});
afterEach(() => t.close());

describe('registrations service', () => {
  it('walks the whole flow: import, kiosk check, ticket, call, approve', async () => {
    expect(service.importLines(importLine()).imported).toBe(1);
    const code = (t.db.prepare('SELECT code FROM registrations').get() as { code: string }).code;
    const outcome = service.checkAgainstCccd(code, cccdOf());
    const ticket = service.reserveTicket(outcome.registrationId, 'Quầy 1');
    service.confirmTicketPrinted(ticket.id);
    const called = service.callNext('Quầy 1');
    expect(called?.registrationCode).toBe(code);
    const approved = await service.approve({ registrationId: outcome.registrationId, officerId: 7, paperFormSigned: true });
    expect(approved.state).toBe('approved');
    expect(service.listQueue()).toEqual([]);
    expect(t.db.prepare('SELECT state FROM queue_tickets').all()).toEqual([{ state: 'done' }]);
  });
});
