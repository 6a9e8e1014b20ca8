/**
 * Stuck tickets (issue #17): a called ticket whose console tab closed stayed "called" until a supervisor released it.
 * Through the real host: the officer calls the ticket and closes the tab; once the call is not renewed for the return
 * period (`--call-return-after 5` here, 5 minutes by default) it waits at its counter again, the open consoles are told
 * (`officer:queueChanged` › `returned`), and the audit log says the system returned it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/logging/logger';
import { readAudit } from '../../main/services/audit/audit-log';
import { createOfficersService } from '../../main/services/officers/officers-service';
import { createRegistrationImporter } from '../../main/services/registrations/import-registrations';
import { createKioskCheck } from '../../main/services/registrations/kiosk-check';
import { createQueueTickets } from '../../main/services/registrations/queue-tickets';
import { cccdOf, importLine, seedPlaces } from '../support/registration-test-kit';
import { cryptoRandom } from '../support/service-test-kit';
import { connectClient, nextEvent, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

const OFFICER = { username: 'mai.quay1', displayName: 'Trần Thị Mai', role: 'officer' as const, password: 'quay1-Mai-2026!' };
let t: TestHost;

beforeAll(async () => {
  t = await startTestHost(['--station', 'counter:1', '--devices', 'none', '--call-return-after', '5']);
  const { db } = t.core;
  const clock = (): Date => new Date();
  await createOfficersService({ db, clock, random: cryptoRandom, logger: silentLogger, idleTimeoutMs: 60_000 }).createOfficer(OFFICER);
  seedPlaces(db);
  createRegistrationImporter({ db, clock, random: cryptoRandom, logger: silentLogger }).importLines(
    importLine({ createdAt: new Date(Date.now() - 3_600_000).toISOString() }),
  );
  const { id, code } = db.prepare('SELECT id, code FROM registrations').get() as { id: number; code: string };
  createKioskCheck({ db, clock, logger: silentLogger }).checkAgainstCccd(code, cccdOf());
  const queue = createQueueTickets({ db, clock, logger: silentLogger });
  queue.confirmTicketPrinted(queue.reserveTicket(id, '1').id);
});
afterAll(async () => t.close());

type Client = Awaited<ReturnType<typeof connectClient>>;

const queueChange = (c: Client, reason: string): Promise<unknown> =>
  nextEvent(c, 'officer:queueChanged', (p) => (p as { reason?: string } | undefined)?.reason === reason);

describe('a called ticket whose console closed', () => {
  it('goes back to waiting at its counter after the return period, told to the consoles and audited', async () => {
    const watcher = await connectClient(t.host);
    const officer = await connectClient(t.host);
    expect(await officer.call('officer:signIn', { username: OFFICER.username, password: OFFICER.password })).toMatchObject({ ok: true });
    expect(await officer.call('officer:callNext', {})).toMatchObject({ ok: true, value: { entry: { number: 1, state: 'called' } } });
    const returned = queueChange(watcher, 'returned');
    officer.close(); // the tab closes: its officer session ends, nobody renews the call
    await returned;

    const { db } = t.core;
    expect(db.prepare('SELECT state, called_at FROM queue_tickets').get()).toEqual({ state: 'issued', called_at: null });
    const entry = readAudit(db).find((e) => e.action === 'queue.ticket-returned');
    expect(entry).toMatchObject({ actor: 'system:call-timeout', details: { ticketNumber: 1, counter: '1' } });
    // The next officer at counter 1 calls the same citizen first.
    const next = await connectClient(t.host);
    expect(await next.call('officer:signIn', { username: OFFICER.username, password: OFFICER.password })).toMatchObject({ ok: true });
    expect(await next.call('officer:callNext', {})).toMatchObject({ ok: true, value: { entry: { number: 1, state: 'called' } } });
    next.close();
    watcher.close();
  }, 30_000);
});
