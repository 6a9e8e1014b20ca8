/**
 * `officer:queueChanged` through the real in-process host: a call and a decision made at one counter reach every
 * other client over the WebSocket, as the contract's payload (a reason, nothing personal). The kiosk's side (a ticket
 * issued) is covered by tests/unit/main/services/registrations/queue-changed-events.test.ts and tests/e2e/officer.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventChannels } from '../../preload/contract/channels';
import { silentLogger } from '../../main/logging/logger';
import { createOfficersService } from '../../main/services/officers/officers-service';
import { createRegistrationImporter } from '../../main/services/registrations/import-registrations';
import { createKioskCheck } from '../../main/services/registrations/kiosk-check';
import { createQueueTickets } from '../../main/services/registrations/queue-tickets';
import { cccdOf, importLine, seedPlaces } from '../support/registration-test-kit';
import { cryptoRandom } from '../support/service-test-kit';
import { connectClient, nextEvent, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

const OFFICER = { username: 'lan.canbo', displayName: 'Nguyễn Thị Lan', role: 'officer' as const, password: 'quay1-Canbo-2026' };
let t: TestHost;
let registrationId: number;

beforeAll(async () => {
  // The officer channels are served by a counter station only (issue #14, stations).
  t = await startTestHost(['--station', 'counter:1']);
  const { db } = t.core;
  const clock = (): Date => new Date();
  await createOfficersService({ db, clock, random: cryptoRandom, logger: silentLogger, idleTimeoutMs: 60_000 }).createOfficer(OFFICER);
  // Set-up only, straight on the database: one form checked at "the kiosk" with its ticket for counter 1.
  seedPlaces(db);
  const createdAt = new Date(Date.now() - 3_600_000).toISOString();
  createRegistrationImporter({ db, clock, random: cryptoRandom, logger: silentLogger }).importLines(importLine({ createdAt }));
  const { id, code } = db.prepare('SELECT id, code FROM registrations').get() as { id: number; code: string };
  registrationId = id;
  createKioskCheck({ db, clock, logger: silentLogger }).checkAgainstCccd(code, cccdOf());
  const queue = createQueueTickets({ db, clock, logger: silentLogger });
  queue.confirmTicketPrinted(queue.reserveTicket(id, '1').id);
});
afterAll(async () => t.close());

type Client = Awaited<ReturnType<typeof connectClient>>;

/** Resolves with the next officer:queueChanged frame this client receives. */
const nextQueueChange = (c: Client): Promise<unknown> => nextEvent(c, 'officer:queueChanged');

describe('officer:queueChanged over the browser host', () => {
  it('a call and a decision at the counter reach another client, carrying only the reason', async () => {
    const watcher = await connectClient(t.host);
    const officer = await connectClient(t.host);
    const signedIn = await officer.call('officer:signIn', { username: OFFICER.username, password: OFFICER.password, counter: '1' });
    expect(signedIn.ok, JSON.stringify(signedIn.error)).toBe(true);

    const called = nextQueueChange(watcher);
    const next = await officer.call('officer:callNext', {});
    expect(next).toMatchObject({ ok: true, value: { entry: { registrationId, state: 'called' } } });
    expect(await called).toEqual({ event: 'officer:queueChanged', payload: { reason: 'called' } });

    const rejected = nextQueueChange(watcher);
    const r = await officer.call('officer:reject', { registrationId, reasonCode: 'missing-documents', requestKey: 'queue-events-1' });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    const frame = (await rejected) as { payload: unknown };
    expect(frame).toEqual({ event: 'officer:queueChanged', payload: { reason: 'rejected' } });
    expect(eventChannels['officer:queueChanged'].payload.strict().safeParse(frame.payload).success).toBe(true);

    const queue = await officer.call('officer:queue', { poll: true });
    expect(queue).toMatchObject({ ok: true, value: { entries: [] } });
    watcher.close();
    officer.close();
  });
});
