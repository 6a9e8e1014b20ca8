/**
 * Rate limits over the real WebSocket transport (issue #8, made to hold in issue #14): sign-in, OTP and lookup calls
 * are limited per station and per account in the database. Before #14 they were per connection, so a second
 * connection (a reconnect, a new tab) started from zero; now it finds the same spent budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, nextEvent, presentToEmulatedReader, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';
import { STATION_LIMITS } from '../../main/services/rate-limit/station-limits';

type Client = Awaited<ReturnType<typeof connectClient>>;

const TU_CCCD = '038060001234|172345678|Phạm Văn Tư|01011960|Nam|Thôn Đông, Xã Quảng Ngọc, Tỉnh Thanh Hóa|10082022';
const NOBODY = { fullName: 'Người Không Tồn Tại', dateOfBirth: '1950-01-01' };

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost(['--devices', 'emulated']);
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** Injects a scan through the emulated reader and resolves when the kiosk screens were told about it. */
async function scanCard(watcher: Client, payload: string): Promise<void> {
  const seen = nextEvent(watcher, 'devices:scanned');
  expect((await presentToEmulatedReader(t.host, payload)).status).toBe(200);
  await seen;
}

/** A fresh host per test: every test spends a station budget. */
async function freshHost(): Promise<void> {
  await t.close();
  t = await startTestHost(['--devices', 'emulated']);
}

describe('rate limits per station over the WebSocket transport', () => {
  it('lookup: hits and misses from many connections draw on one station budget; a new connection is refused too', async () => {
    await freshHost();
    const { capacity } = STATION_LIMITS.lookup.station;
    for (let i = 0; i < capacity; i++) {
      const c = await connectClient(t.host);
      // Six of them find Trần Văn Đức (his own budget allows six), the rest find nobody.
      const query = i % 5 === 0 ? { fullName: 'Trần Văn Đức', dateOfBirth: '1985-11-02' } : NOBODY;
      expect((await c.call('lookup:insuranceNumber', query)).ok, `lookup ${i}`).toBe(true);
      c.close();
    }
    const a = await connectClient(t.host);
    expect(await a.call('lookup:insuranceNumber', NOBODY)).toMatchObject({
      ok: false,
      error: { code: 'rate-limited', detail: { limit: 'lookup', reason: 'station' } },
    });
    // Scanning a card does not bypass the limit, and neither does another connection.
    expect(await a.call('lookup:scannedCard', {})).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    const b = await connectClient(t.host);
    expect(await b.call('lookup:insuranceNumber', NOBODY)).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    a.close();
    b.close();
  }, 60_000);

  it('lookup: one person is shown a few times, then refused, while others can still be found', async () => {
    await freshHost();
    const { capacity } = STATION_LIMITS.lookup.account ?? { capacity: 0 };
    const duc = { fullName: 'Trần Văn Đức', dateOfBirth: '1985-11-02' };
    const a = await connectClient(t.host);
    for (let i = 0; i < capacity; i++) {
      expect(await a.call('lookup:insuranceNumber', duc)).toMatchObject({
        ok: true,
        value: { status: 'found', matches: [{ insuranceNumber: '0123456789' }] },
      });
    }
    expect(await a.call('lookup:insuranceNumber', duc)).toMatchObject({
      ok: false,
      error: { code: 'rate-limited', detail: { limit: 'lookup', reason: 'account' } },
    });
    expect(await a.call('lookup:insuranceNumber', NOBODY)).toMatchObject({ ok: true, value: { status: 'none' } });
    a.close();
  }, 60_000);

  it('sign-in: the station budget is shared by every connection; the 21st attempt waits, even with the right password', async () => {
    await freshHost();
    const { capacity } = STATION_LIMITS['sign-in'].station;
    const numbers = ['0123456789', '3602150777', '0100000001', '0100000002'];
    for (let i = 0; i < capacity; i++) {
      const c = await connectClient(t.host);
      const r = await c.call('account:signIn', { insuranceNumber: numbers[i % numbers.length], password: `SaiMatKhau${i}` });
      expect(r.ok).toBe(false);
      expect(r.error?.code).not.toBe('rate-limited');
      c.close();
    }
    const b = await connectClient(t.host);
    expect(await b.call('account:signIn', { insuranceNumber: '0112345678', password: 'Kiosk2026' })).toMatchObject({
      ok: false,
      error: { code: 'rate-limited', detail: { limit: 'sign-in', reason: 'station' } },
    });
    b.close();
  }, 60_000);

  it('OTP: a send and 5 wrong codes exhaust the code; other codes typed at the station are counted too', async () => {
    await freshHost();
    const a = await connectClient(t.host);
    await scanCard(a, TU_CCCD);
    // The screen cannot choose the card: an ID number in the request is invalid input.
    expect(await a.call('account:signInWithCard', { idNumber: '001192012345' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await a.call('account:signInWithCard', {})).toMatchObject({ ok: true, value: { otpSentTo: '*******123' } });
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await a.call('account:verifyOtp', { code: '000000' });
      codes.push(r.error?.code ?? 'ok');
    }
    // Either the code is wrong (unauthorized, then locked-out) — never accepted by luck in this test.
    expect(codes.every((c) => c === 'unauthorized' || c === 'locked-out')).toBe(true);
    // The station's code checks are one budget: connections with nothing pending spend it as well.
    const { capacity } = STATION_LIMITS['otp-check'].station;
    const answers: string[] = [];
    for (let i = 0; i < capacity; i++) {
      const c = await connectClient(t.host);
      answers.push((await c.call('account:verifyOtp', { code: '123456' })).error?.code ?? 'ok');
      c.close();
    }
    expect(answers.filter((c) => c === 'rate-limited')).toHaveLength(5);
    expect(await a.call('account:verifyOtp', { code: '123456' })).toMatchObject({
      ok: false,
      error: { code: 'rate-limited', detail: { limit: 'otp-check' } },
    });
    a.close();
  }, 60_000);
});
