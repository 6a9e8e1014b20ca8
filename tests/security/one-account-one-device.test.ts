/**
 * Issue #14 "one account on one device at a time" (the VssID rule): before, a second kiosk screen signed in with the
 * same account and the first kept showing the records, with no warning and no OTP. The attack is two WebSocket
 * clients of a real host: B signs in with A's account. Now B gets a typed 'conflict' / 'signed-in-elsewhere' and an
 * OTP goes to the registered phone; only that code signs B in, and then A's visit ends (A gets account:sessionEnded
 * and its records calls answer 'signed-in-elsewhere').
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAudit } from '../../main/services/audit/audit-log';
import { connectClient, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

const ACCOUNT = { insuranceNumber: '0123456789', password: 'Kiosk2026' };

let t: TestHost;
beforeEach(async () => {
  t = await startTestHost(['--devices', 'emulated', '--expose-dev-channels']);
});
afterEach(async () => {
  await t.close();
});

type Client = Awaited<ReturnType<typeof connectClient>>;

/** Resolves with the first event of that name this client receives (or already received). */
function nextEvent(client: Client, name: string): Promise<unknown> {
  const seen = client.events.find((e) => (e as { event: string }).event === name);
  if (seen !== undefined) return Promise.resolve(seen);
  return new Promise((resolve) => {
    const onMessage = (data: Buffer): void => {
      const msg = JSON.parse(data.toString()) as { event?: string };
      if (msg.event === name) {
        client.ws.off('message', onMessage);
        resolve(msg);
      }
    };
    client.ws.on('message', onMessage);
  });
}

/** The newest OTP the emulated SMS sink accepted (the outbox worker delivers within a second). */
async function newestOtp(client: Client, after: number): Promise<{ code: string; seq: number }> {
  for (;;) {
    const r = await client.call('dev:smsMessages', {});
    const messages = (r.value ?? []) as { seq: number; body: string }[];
    const m = messages.filter((x) => x.seq > after && /\b\d{6}\b/.test(x.body)).at(-1);
    if (m !== undefined) return { code: /\b(\d{6})\b/.exec(m.body)![1]!, seq: m.seq };
    // The worker delivers on its own 1-second loop: wait for its next round, not a fixed sleep.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

describe('one account on one kiosk screen at a time', () => {
  it('a second screen signing in with the same account is refused with signed-in-elsewhere and an OTP; the code moves the visit', async () => {
    const a = await connectClient(t.host);
    const b = await connectClient(t.host);
    expect(await a.call('account:signIn', ACCOUNT)).toMatchObject({ ok: true });
    expect(await a.call('records:profile', {})).toMatchObject({ ok: true });

    const refused = await b.call('account:signIn', ACCOUNT);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', detail: { reason: 'signed-in-elsewhere', otpSent: true } } });
    // B holds nothing yet, A still reads its records.
    expect(await b.call('records:profile', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await a.call('records:profile', {})).toMatchObject({ ok: true });

    // A wrong code does not move anything.
    const { code } = await newestOtp(b, 0);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await b.call('account:verifyOtp', { code: wrong })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await a.call('records:profile', {})).toMatchObject({ ok: true });

    const ended = nextEvent(a, 'account:sessionEnded');
    expect(await b.call('account:verifyOtp', { code })).toMatchObject({ ok: true, value: { status: 'signed-in' } });
    expect(await ended).toEqual({ event: 'account:sessionEnded', payload: { reason: 'signed-in-elsewhere' } });
    expect(await a.call('records:profile', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', detail: { reason: 'signed-in-elsewhere' } },
    });
    expect(await b.call('records:profile', {})).toMatchObject({ ok: true, value: { insuranceNumber: ACCOUNT.insuranceNumber } });
    // Audited by account reference only.
    const audit = readAudit(t.core.db).filter((e) => e.action === 'account.signed-in-elsewhere');
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(ACCOUNT.insuranceNumber);
    a.close();
    b.close();
  });

  it('the same screen signing in again, or after the other screen ended its visit, needs no OTP', async () => {
    const a = await connectClient(t.host);
    const b = await connectClient(t.host);
    expect(await a.call('account:signIn', ACCOUNT)).toMatchObject({ ok: true });
    expect(await a.call('account:signIn', ACCOUNT)).toMatchObject({ ok: true });
    expect(await a.call('system:endVisit', { reason: 'sign-out' })).toMatchObject({ ok: true });
    expect(await b.call('account:signIn', ACCOUNT)).toMatchObject({ ok: true });
    a.close();
    b.close();
  });
});
