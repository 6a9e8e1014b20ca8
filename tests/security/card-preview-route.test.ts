/**
 * The card preview over a real browser host: the PDF route needs the per-launch token, answers application/pdf with
 * the host's security headers, and the file is gone once the citizen's visit ends. Under Electron the same path is
 * read from app://kiosk: the protocol handler built on the same core serves it there, and no other host route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { createAppRequestHandler } from '../../main/shell/app-protocol';
import { connectClient, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => t.close());

describe('card preview route', () => {
  it('needs the token, serves the PDF, and forgets it when the visit ends', async () => {
    const c = await connectClient(t.host);
    expect((await c.call('card:preview', {})).error?.code).toBe('unauthorized');
    const signIn = await c.call('account:signIn', { insuranceNumber: '0112345678', password: 'Kiosk2026' });
    expect(signIn.ok).toBe(true);
    const preview = await c.call('card:preview', {});
    expect(preview.ok).toBe(true);
    const path = (preview.value as { path: string }).path;
    const url = `${t.host.url.replace(/\/$/, '')}${path}`;

    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    const res = await fetch(url, { headers: { Authorization: `Bearer ${t.host.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    expect((await c.call('system:endVisit', { reason: 'sign-out' })).ok).toBe(true);
    expect((await fetch(url, { headers: { Authorization: `Bearer ${t.host.token}` } })).status).toBe(404);
    c.close();
  });

  it('answers a print without a configured card printer with card-printer-missing', async () => {
    const c = await connectClient(t.host);
    await c.call('account:signIn', { insuranceNumber: '0112345678', password: 'Kiosk2026' });
    const r = (await c.call('card:print', {})) as { ok: boolean; error?: { code: string; detail?: { reason?: string } } };
    expect(r.error).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-missing' } });
    c.close();
  });

  it('serves the same preview on app://kiosk (Electron) without a token, and only the in-app routes', async () => {
    const appHandler = createAppRequestHandler(t.dataDir, async () => new Uint8Array(), t.core.routes);
    const c = await connectClient(t.host);
    await c.call('account:signIn', { insuranceNumber: '0112345678', password: 'Kiosk2026' });
    const preview = await c.call('card:preview', {});
    const path = (preview.value as { path: string }).path;

    const res = await appHandler(new Request(`app://kiosk${path}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // Another id, or an id with its letters changed, finds nothing.
    expect((await appHandler(new Request('app://kiosk/card-preview/AAAAAAAAAAAAAAAAAAAAAA.pdf'))).status).toBe(404);
    // Host routes that are not the renderer's own (health, emulators) are not on app://: they fall to the (empty) files.
    expect((await appHandler(new Request('app://kiosk/health'))).headers.get('content-type')).not.toBe('application/json; charset=utf-8');
    expect(t.core.routes.filter((r) => r.inApp === true).map((r) => r.path)).toEqual(['/card-preview/*']);

    expect((await c.call('system:endVisit', { reason: 'sign-out' })).ok).toBe(true);
    expect((await appHandler(new Request(`app://kiosk${path}`))).status).toBe(404);
    c.close();
  });
});
