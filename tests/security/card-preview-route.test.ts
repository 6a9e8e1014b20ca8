/**
 * The card preview over a real browser host: the PDF route needs the per-launch token, answers application/pdf with
 * the host's security headers, and the file is gone once the citizen's visit ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
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
});
