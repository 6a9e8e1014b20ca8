/**
 * devices:wedgeScan (issue #16): a keyboard-wedge reader's burst, sent by the screen holding the reader, is decoded
 * and answered as devices:scanned like a device's scan; an input method's damage has its own code and shows on the
 * device state; only the holder, and only at a station whose reader is in keyboard mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, nextEvent, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

const CCCD = '079085004321||Trần Văn Đức|02111985|Nam|123/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh|10082022';
const TELEX = '079085004321||Traanf Vawn Dduwcs|02111985|Nam|123/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh|10082022';

type Client = Awaited<ReturnType<typeof connectClient>>;

async function readerTransport(c: Client): Promise<unknown> {
  const r = await c.call('devices:status', {});
  return (r.value as { reader: { transport: unknown } }).reader.transport;
}

/** Resolves once the device process has reported this reader transport (an event, or already in the status). */
async function untilTransport(c: Client, transport: string): Promise<void> {
  const reported = nextEvent(c, 'devices:changed', (p) => (p as { reader: { transport: unknown } }).reader.transport === transport);
  if ((await readerTransport(c)) !== transport) await reported;
}

describe('devices:wedgeScan at a keyboard-wedge station', () => {
  let t: TestHost;
  let kiosk: Client;
  beforeAll(async () => {
    t = await startTestHost([], {}, { 'devices.json': JSON.stringify({ reader: { transport: 'keyboard' } }) });
    kiosk = await connectClient(t.host);
    await untilTransport(kiosk, 'keyboard');
  });
  afterAll(async () => {
    kiosk.close();
    await t.close();
  });

  it('a clean burst (with its Enter suffix and an AIM prefix) reaches the holder as a parsed CCCD', async () => {
    const seen = nextEvent(kiosk, 'devices:scanned');
    expect(await kiosk.call('devices:wedgeScan', { text: `]Q1${CCCD}\r` })).toMatchObject({ ok: true, value: { accepted: true } });
    expect((await seen).payload).toMatchObject({ ok: true, code: { kind: 'cccd', fullName: 'Trần Văn Đức', idNumber: '079085004321' } });
    expect(t.logLines.join('\n')).not.toContain('Trần Văn Đức');
  });

  it('a Telex-damaged burst is refused with its own code and the device state says so, until a clean scan', async () => {
    const seen = nextEvent(kiosk, 'devices:scanned');
    const changed = nextEvent(kiosk, 'devices:changed');
    await kiosk.call('devices:wedgeScan', { text: TELEX });
    expect((await seen).payload).toMatchObject({ ok: false, error: { code: 'reader-ime-damaged' } });
    expect((await changed).payload).toMatchObject({ reader: { transport: 'keyboard', errorCode: 'ime-damage', status: 'ready' } });
    const cleared = nextEvent(kiosk, 'devices:changed');
    await kiosk.call('devices:wedgeScan', { text: CCCD });
    expect((await cleared).payload).toMatchObject({ reader: { errorCode: null } });
  });

  it('another screen of the station may not send scans; an oversized burst is invalid input', async () => {
    const viewer = await connectClient(t.host);
    try {
      expect(await viewer.call('devices:wedgeScan', { text: CCCD })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    } finally {
      viewer.close();
    }
    expect(await kiosk.call('devices:wedgeScan', { text: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('devices:wedgeScan at a HID POS station', () => {
  it('is forbidden (reader-not-keyboard): keystrokes cannot forge a card where the reader is a device', async () => {
    const t = await startTestHost();
    const c = await connectClient(t.host);
    try {
      await untilTransport(c, 'hid');
      const r = await c.call('devices:wedgeScan', { text: CCCD });
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(JSON.stringify(r)).toContain('reader-not-keyboard');
    } finally {
      c.close();
      await t.close();
    }
  });
});
