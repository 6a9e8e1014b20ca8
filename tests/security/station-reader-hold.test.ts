/**
 * Attack (issue #14, stations): the reader's scan was shared by every client of a kiosk host. A second WebSocket
 * client holding the token received `devices:scanned` (name, date of birth, CCCD), read the unmasked
 * self-registration prefill and acted on the scan (requested the sign-in OTP for the scanned citizen, looked them
 * up). Separately, a second client leaving made the kiosk forget the scan its own screen still showed.
 * Now the reader belongs to the screen that holds it (the first client; `devices:claim`): scans reach only that
 * screen, a viewer gets `forbidden` (`reader-held-elsewhere`) on every channel that acts on the scan, and a viewer
 * leaving or ending "its" visit never clears the holder's scan.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectClient, nextEvent, presentToEmulatedReader, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

type Client = Awaited<ReturnType<typeof connectClient>>;

// A demo citizen with an account (tests/security/session-rate-limits.test.ts signs in with this card).
const TU_CCCD = '038060001234|172345678|Phạm Văn Tư|01011960|Nam|Thôn Đông, Xã Quảng Ngọc, Tỉnh Thanh Hóa|10082022';
const READER_CHANNELS = ['registration:selfPrefill', 'account:signInWithCard', 'lookup:scannedCard'] as const;

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost(['--devices', 'emulated']);
}, 60_000);
afterAll(async () => t.close());

/** Frames of one kind this client received so far. */
const eventsOf = (c: Client, name: string): unknown[] => c.events.filter((e) => (e as { event?: string }).event === name);

/** Presents a card to the emulated reader and resolves once the holding screen was told about it. */
async function scan(holder: Client, payload: string): Promise<void> {
  const before = eventsOf(holder, 'devices:scanned').length;
  const seen = nextEvent(holder, 'devices:scanned');
  expect((await presentToEmulatedReader(t.host, payload)).status).toBe(200);
  await seen;
  expect(eventsOf(holder, 'devices:scanned')).toHaveLength(before + 1);
}

/** Resolves once the host handled this client's leaving (its cleanup has run: the count drops in the same handler). */
async function leave(c: Client): Promise<void> {
  const before = t.host.clientCount();
  c.close();
  await vi.waitFor(() => expect(t.host.clientCount()).toBe(before - 1));
}

describe('a kiosk host with two clients: the reader belongs to one screen', () => {
  it('a second client gets no scan, no prefill, and cannot act on the scan', async () => {
    // The kiosk's screen connects first (as at boot) and so holds the reader.
    const kiosk = await connectClient(t.host);
    expect(await kiosk.call('system:reportScreen', { screen: 'home' })).toMatchObject({ ok: true });
    const intruder = await connectClient(t.host);
    await scan(kiosk, TU_CCCD);
    // Events to one socket keep their order: a scan event sent to the intruder would be in before this reply.
    await intruder.call('system:ping', {});
    expect(eventsOf(intruder, 'devices:scanned')).toEqual([]);
    expect(JSON.stringify(intruder.events)).not.toContain('038060001234');
    expect(JSON.stringify(intruder.events)).not.toContain('Phạm Văn Tư');

    for (const channel of READER_CHANNELS) {
      const r = await intruder.call(channel, {});
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'forbidden', detail: { reason: 'reader-held-elsewhere' } } });
      expect(JSON.stringify(r), channel).not.toContain('038060001234');
    }
    // No OTP went out for the intruder's request; the screen that holds the reader still works on its card.
    const prefill = await kiosk.call('registration:selfPrefill', {});
    expect(prefill).toMatchObject({ ok: true, value: { idNumber: '038060001234', fullName: 'Phạm Văn Tư' } });
    expect(await kiosk.call('account:signInWithCard', {})).toMatchObject({ ok: true, value: { otpSentTo: '*******123' } });
    // Nor can the intruder take the reader while the kiosk holds it; the holder's claim is idempotent.
    expect(await intruder.call('devices:claim', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden', detail: { reason: 'reader-held-elsewhere' } },
    });
    expect(await kiosk.call('devices:claim', {})).toMatchObject({ ok: true, value: { holder: true } });
    await leave(intruder);
    await leave(kiosk);
  }, 30_000);

  it('a second client leaving or ending its visit never clears the scan the kiosk screen still shows', async () => {
    const kiosk = await connectClient(t.host);
    expect(await kiosk.call('system:reportScreen', { screen: 'regSelf' })).toMatchObject({ ok: true });
    const other = await connectClient(t.host);
    // The other client looks like a kiosk screen too: it reports a screen and ends "its" visit.
    expect(await other.call('system:reportScreen', { screen: 'home' })).toMatchObject({ ok: true });
    await scan(kiosk, TU_CCCD);
    expect(await other.call('system:endVisit', { reason: 'timeout' })).toMatchObject({ ok: true });
    await leave(other);
    expect(await kiosk.call('registration:selfPrefill', {})).toMatchObject({ ok: true, value: { idNumber: '038060001234' } });

    // The holder's own leaving does end its visit (the scan must not outlive it), and frees the reader.
    const next = await connectClient(t.host);
    await leave(kiosk);
    expect(await next.call('devices:claim', {})).toMatchObject({ ok: true, value: { holder: true } });
    expect(await next.call('registration:selfPrefill', {})).toMatchObject({ ok: false, error: { code: 'expired' } });
    await leave(next);
  }, 30_000);
});
