/**
 * Attack (issue #14, stations): the officer console's role came from a URL parameter anyone can type
 * (`?mode=counter`), and the host served the officer channels to any client: a kiosk screen, or a script with the
 * kiosk's token, could sign an officer in at the public kiosk and pick any counter. Now every host is one station
 * (`--station kiosk|counter:N|display`) and tells the renderer which (`system:info`); a kiosk refuses the officer
 * channels, a display serves only public information, and a counter's officer is bound to its own counter.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/logging/logger';
import { createOfficersService } from '../../main/services/officers/officers-service';
import { cryptoRandom } from '../support/service-test-kit';
import { connectClient, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

const OFFICER = { username: 'lan.canbo', displayName: 'Nguyễn Thị Lan', role: 'officer' as const, password: 'quay1-Canbo-2026' };
const WRONG_STATION = { ok: false, error: { code: 'forbidden', detail: { reason: 'wrong-station' } } };

let t: TestHost | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function hostWithOfficer(args: string[]): Promise<TestHost> {
  const host = await startTestHost(['--devices', 'none', ...args]);
  await createOfficersService({
    db: host.core.db,
    clock: () => new Date(),
    random: cryptoRandom,
    logger: silentLogger,
    idleTimeoutMs: 60_000,
  }).createOfficer(OFFICER);
  return host;
}

describe('stations decide who may use the officer channels', () => {
  it('a kiosk station says so and refuses officer sign-in and every officer call, whatever the client asks', async () => {
    t = await hostWithOfficer([]);
    const c = await connectClient(t.host);
    expect(await c.call('system:info', {})).toMatchObject({ ok: true, value: { station: { id: 'kiosk', role: 'kiosk', counter: null } } });
    expect(await c.call('officer:signIn', { username: OFFICER.username, password: OFFICER.password, counter: '1' })).toMatchObject(
      WRONG_STATION,
    );
    for (const [channel, input] of [
      ['officer:queue', { poll: true }],
      ['officer:callNext', {}],
      ['officer:session', {}],
      ['card:officerHolder', { insuranceNumber: '0123456789' }],
    ] as const) {
      expect(await c.call(channel, input), channel).toMatchObject(WRONG_STATION);
    }
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM officer_sessions').get()).toEqual({ n: 0 });
    c.close();
  }, 30_000);

  it('a counter station binds its officer to its own counter: another counter is refused, none means its own', async () => {
    t = await hostWithOfficer(['--station', 'counter:2']);
    const c = await connectClient(t.host);
    expect(await c.call('system:info', {})).toMatchObject({
      ok: true,
      value: { station: { id: 'counter:2', role: 'counter', counter: 2 } },
    });
    expect(await c.call('officer:signIn', { username: OFFICER.username, password: OFFICER.password, counter: '5' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', detail: { reason: 'wrong-counter' } },
    });
    expect(await c.call('officer:signIn', { username: OFFICER.username, password: OFFICER.password })).toMatchObject({
      ok: true,
      value: { counter: '2' },
    });
    expect(await c.call('officer:session', {})).toMatchObject({ ok: true, value: { counter: '2' } });
    c.close();
  }, 30_000);

  it("a counter station is no kiosk: a citizen's sign-in, records and lookups are refused there", async () => {
    // Before, a counter host served every channel: anyone at (or holding the token of) a counter PC could use it as a kiosk.
    t = await hostWithOfficer(['--station', 'counter:2']);
    const c = await connectClient(t.host);
    expect(await c.call('account:signIn', { insuranceNumber: '0112345678', password: 'Kiosk2026' })).toMatchObject(WRONG_STATION);
    expect(await c.call('records:profile', {})).toMatchObject(WRONG_STATION);
    expect(await c.call('lookup:insuranceNumber', { fullName: 'Trần Văn Đức', dateOfBirth: '1985-11-02' })).toMatchObject(WRONG_STATION);
    expect(await c.call('registration:check', { code: 'ABCDEFGH' })).toMatchObject(WRONG_STATION);
    // Its console's own calls and public information still work.
    expect(await c.call('officer:signIn', { username: OFFICER.username, password: OFFICER.password })).toMatchObject({ ok: true });
    expect(await c.call('news:list', {})).toMatchObject({ ok: true });
    c.close();
  }, 30_000);

  it('a display station serves public information only', async () => {
    t = await hostWithOfficer(['--station', 'display']);
    const c = await connectClient(t.host);
    expect(await c.call('system:info', {})).toMatchObject({ ok: true, value: { station: { id: 'display', role: 'display' } } });
    expect(await c.call('news:list', {})).toMatchObject({ ok: true });
    expect(await c.call('officer:signIn', { username: OFFICER.username, password: OFFICER.password, counter: '1' })).toMatchObject(
      WRONG_STATION,
    );
    expect(await c.call('account:signIn', { insuranceNumber: '0112345678', password: 'Kiosk2026' })).toMatchObject(WRONG_STATION);
    expect(await c.call('lookup:insuranceNumber', { fullName: 'Trần Văn Đức', dateOfBirth: '1985-11-02' })).toMatchObject(WRONG_STATION);
    c.close();
  }, 30_000);
});
