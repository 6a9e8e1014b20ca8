import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { MAX_BODY_BYTES } from '../../main/host/host-server';
import { connectClient, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => t.close());

function httpGet(path: string, headers: Record<string, string> = {}, method = 'GET', body?: Buffer) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: t.host.port, path, method, headers }, (res) => {
      let b = '';
      res.on('data', (c: Buffer) => (b += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: b }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

describe('browser host hardening', () => {
  it('listens on loopback only', () => {
    expect(t.host.url.startsWith('http://127.0.0.1:')).toBe(true);
  });

  it('refuses a WebSocket upgrade without the per-launch token', async () => {
    await expect(connectClient(t.host, { token: 'wrong-token' })).rejects.toThrow(/401/);
    await expect(connectClient(t.host, { token: '' })).rejects.toThrow(/401/);
  });

  it('refuses a WebSocket upgrade from a foreign Origin even with the token', async () => {
    await expect(connectClient(t.host, { origin: 'http://evil.example' })).rejects.toThrow(/403/);
    await expect(connectClient(t.host, { origin: `http://127.0.0.1:${t.host.port + 1}` })).rejects.toThrow(/403/);
  });

  it('accepts the right token from its own origin', async () => {
    const c = await connectClient(t.host);
    expect((await c.call('system:ping', {})).ok).toBe(true);
    c.close();
  });

  it('sends the CSP and hardening headers on every response, including errors', async () => {
    for (const path of ['/', '/health', '/no-such-file', '/%2e%2e/%2e%2e/etc/passwd']) {
      const r = await httpGet(path);
      expect(r.headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%00index.html']) {
      const r = await httpGet(path);
      expect([403, 404], path).toContain(r.status);
      expect(r.body).not.toContain('"name"');
    }
  });

  it('has no emulator surface unless devices are emulated', async () => {
    const other = await startTestHost(['--devices', 'none']);
    try {
      const r = await new Promise<number>((resolve) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: other.host.port,
            path: '/emulator/reader/scan',
            method: 'POST',
            headers: { authorization: `Bearer ${other.host.token}` },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.end('x');
      });
      expect(r).not.toBe(200);
    } finally {
      await other.close();
    }
  });

  it('limits WebSocket message size', async () => {
    const c = await connectClient(t.host);
    const closed = new Promise<number>((r) => c.ws.once('close', (code) => r(code)));
    c.ws.send('x'.repeat(300 * 1024));
    expect(await closed).toBe(1009);
    // The host is still alive.
    const d = await connectClient(t.host);
    expect((await d.call('system:ping', {})).ok).toBe(true);
    d.close();
  });

  it('limits request bodies', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 10, 0x41);
    const r = await httpGet('/health', {}, 'POST', big);
    expect([405, 413, 404]).toContain(r.status);
  });
});
