import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventChannels, invokeChannels } from '../../preload/contract/channels';
import { buildKioskApi } from '../../preload/contract/kiosk-api';
import { connectClient, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => t.close());

describe('every channel of the table is wired', () => {
  it('the browser-host transport routes every invoke channel to a handler that validates its input', async () => {
    const c = await connectClient(t.host);
    for (const name of Object.keys(invokeChannels)) {
      // A value no schema accepts: a routed channel answers invalid-input, an unrouted one unknown-channel.
      const r = await c.call(name, { __notValid: Symbol.name });
      expect(r.ok, name).toBe(false);
      expect(r.error?.code, name).toBe('invalid-input');
    }
    const r = await c.call('nope:nothing', {});
    expect(r.error?.code).toBe('unknown-channel');
    c.close();
  });

  it('the derived window.kiosk API exposes every channel as domain.verb / domain.onEvent', () => {
    const api = buildKioskApi({ invoke: async () => ({ ok: true, value: null }), subscribe: () => () => {} }) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    for (const name of Object.keys(invokeChannels)) {
      const [d = '', v = ''] = name.split(':');
      expect(typeof api[d]?.[v], name).toBe('function');
    }
    for (const name of Object.keys(eventChannels)) {
      const [d = '', v = ''] = name.split(':');
      expect(typeof api[d]?.[`on${v.charAt(0).toUpperCase()}${v.slice(1)}`], name).toBe('function');
    }
  });

  it('a valid call over the WebSocket returns a typed result', async () => {
    const c = await connectClient(t.host);
    const info = await c.call('system:info', {});
    expect(info).toMatchObject({ ok: true, value: { transport: 'browser-host', devices: 'emulated' } });
    const r = await c.call('lookup:insuranceNumber', { fullName: 'nguyen thi lan anh', dateOfBirth: '1992-03-14' });
    expect(r).toMatchObject({ ok: true, value: { status: 'found', matches: [{ insuranceNumber: '0112345678' }] } });
    c.close();
  });

  it('a reply that does not match the table becomes an internal error on the renderer side', async () => {
    const api = buildKioskApi({ invoke: async () => ({ ok: true, value: { version: 42 } }), subscribe: () => () => {} });
    const r = await api.system.info({});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
