/**
 * Checklist item 18 (custom protocol instead of file://): app://kiosk/ serves only files under the
 * renderer root, refuses traversal in every spelling and unknown hosts, and every response carries
 * the security headers.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import {
  APP_HOME_URL,
  APP_SCHEME_PRIVILEGES,
  createAppRequestHandler,
  resolveAppRequest,
  serveAppProtocol,
} from '../../main/shell/app-protocol';

const ROOT = '/srv/kiosk/out/renderer';

describe('resolveAppRequest', () => {
  it.each([
    ['app://kiosk/index.html', `${ROOT}/index.html`],
    ['app://kiosk/', `${ROOT}/index.html`],
    ['app://kiosk', `${ROOT}/index.html`],
    ['app://kiosk/assets/index-abc.js?v=1#x', `${ROOT}/assets/index-abc.js`],
    ['app://kiosk/assets/Nguy%E1%BB%85n.png', `${ROOT}/assets/Nguyễn.png`],
    ['APP://KIOSK/index.html', `${ROOT}/index.html`],
  ])('%s → a file under the root', (url, path) => {
    expect(resolveAppRequest(ROOT, url)).toEqual({ kind: 'file', path });
  });

  it.each([
    'app://kiosk/../etc/passwd',
    'app://kiosk/assets/../../etc/passwd',
    'app://kiosk/%2e%2e/etc/passwd',
    'app://kiosk/%2E%2E/%2E%2E/etc/passwd',
    'app://kiosk/.%2e/etc/passwd',
    'app://kiosk/assets%2f..%2f..%2fetc%2fpasswd',
    'app://kiosk/assets%5c..%5c..%5cetc%5cpasswd',
    'app://kiosk/..\\..\\etc\\passwd',
    'app://kiosk/index.html%00.png',
    'app://kiosk/index.html\0',
    'app://kiosk/./index.html',
    'app://kiosk/%E0%A4%A', // malformed escape
  ])('refuses traversal or smuggling: %s', (url) => {
    expect(resolveAppRequest(ROOT, url)).toEqual({ kind: 'refuse', status: 403 });
  });

  it.each([
    'app://evil/index.html',
    'app://kiosk.evil/index.html',
    'app://user@kiosk/index.html',
    'app://kiosk:8080/index.html',
    'app:///index.html',
  ])('refuses unknown hosts: %s', (url) => {
    expect(resolveAppRequest(ROOT, url)).toEqual({ kind: 'refuse', status: 403 });
  });

  it.each(['file:///srv/kiosk/out/renderer/index.html', 'https://kiosk/index.html', 'http://kiosk/', 'javascript:alert(1)', 'not a url'])(
    'refuses other schemes: %s',
    (url) => {
      expect(resolveAppRequest(ROOT, url)).toEqual({ kind: 'refuse', status: 403 });
    },
  );

  it('hides dotfiles', () => {
    expect(resolveAppRequest(ROOT, 'app://kiosk/.env')).toEqual({ kind: 'refuse', status: 404 });
  });

  it('registers app as a standard, secure scheme without bypassing CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeUndefined();
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).toBeUndefined();
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).toBeUndefined();
    expect(APP_HOME_URL).toBe('app://kiosk/index.html');
  });
});

describe('createAppRequestHandler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-app-protocol-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Kiosk</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  // A file next to the root, which traversal would try to reach.
  const secretPath = join(dir, '..', `secret-${dir.split('-').pop()}.txt`);
  writeFileSync(secretPath, 'secret');
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(secretPath, { force: true });
  });
  const handle = createAppRequestHandler(dir);

  it('serves a file with its content type and the security headers', async () => {
    const res = await handle(new Request('app://kiosk/index.html'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Kiosk</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await handle(new Request('app://kiosk/assets/app.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 with the security headers for a missing file', async () => {
    const res = await handle(new Request('app://kiosk/missing.js'));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 403 for encoded traversal and never reads outside the root', async () => {
    const read = vi.fn(async (_path: string) => new Uint8Array());
    const guarded = createAppRequestHandler(dir, read);
    const secret = `secret-${dir.split('-').pop()}.txt`;
    const res = await guarded(new Request(`app://kiosk/assets%2f..%2f..%2f${secret}`));
    expect(res.status).toBe(403);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    // Dot segments are already resolved by URL parsing (here and in Chromium): whatever is read stays in the root.
    await guarded(new Request(`app://kiosk/../../${secret}`));
    await guarded(new Request(`app://kiosk/%2e%2e/${secret}`));
    for (const [path] of read.mock.calls) expect(path.startsWith(join(dir, '/'))).toBe(true);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await handle(new Request('app://kiosk/index.html', { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
  });

  it('serveAppProtocol installs the handler for the app scheme', async () => {
    const protocol = { handle: vi.fn() };
    serveAppProtocol(protocol, dir, []);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const installed = protocol.handle.mock.calls[0]?.[1] as (r: Request) => Promise<Response>;
    expect((await installed(new Request('app://evil/index.html'))).status).toBe(403);
  });
});
