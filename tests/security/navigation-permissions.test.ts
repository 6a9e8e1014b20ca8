/**
 * Checklist items 5 (permissions), 7 (CSP header), 11–14 (webview, navigation, new windows):
 * the handler factories of main/shell/security.ts, called with fake events.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import {
  APP_ORIGIN,
  PERMISSION_ALLOWLIST,
  denyNavigation,
  denyWebviewAttach,
  devicePermissionHandler,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isAppUrl,
  isBlockedInput,
  permissionCheckHandler,
  permissionRequestHandler,
  windowOpenHandler,
  withSecurityHeaders,
} from '../../main/shell/security';

const fakeEvent = (url?: string) => (url === undefined ? { preventDefault: vi.fn() } : { preventDefault: vi.fn(), url });

describe('#13 limit navigation (will-navigate / will-redirect / will-frame-navigate)', () => {
  const deny = denyNavigation(APP_ORIGIN);

  it.each([
    'https://example.com/',
    'http://127.0.0.1:4173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://kiosk.evil/index.html',
    'app://kiosk@evil/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
  ])('prevents navigation to %s', (url) => {
    const event = fakeEvent(url);
    deny(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('lets the app navigate within app://kiosk/', () => {
    const event = fakeEvent('app://kiosk/index.html#/lookup');
    deny(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('falls back to the legacy url argument when the event has no url', () => {
    const event = fakeEvent();
    deny(event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('compares parsed origins, not string prefixes', () => {
    expect(isAppUrl('app://kiosk/x')).toBe(true);
    expect(isAppUrl('app://kiosk.attacker/x')).toBe(false);
    expect(isAppUrl('app://kioskx/')).toBe(false);
    expect(isAppUrl('APP://KIOSK/x')).toBe(true);
  });
});

describe('#11/#12 <webview>', () => {
  it('will-attach-webview is always prevented', () => {
    const event = fakeEvent();
    denyWebviewAttach(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });
});

describe('#14 limit new windows', () => {
  it('setWindowOpenHandler denies everything', () => {
    expect(windowOpenHandler()).toEqual({ action: 'deny' });
  });
});

describe('#5 permission handlers deny by default', () => {
  it('the allowlist is empty', () => {
    expect(Object.keys(PERMISSION_ALLOWLIST)).toEqual([]);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'hid',
    'serial',
    'usb',
    'clipboard-read',
    'fullscreen',
    'openExternal',
    'unknown',
    '__proto__',
    'toString',
  ])('request for %s is denied and check for it returns false', (permission) => {
    const callback = vi.fn();
    permissionRequestHandler(null, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(permissionCheckHandler(null, permission)).toBe(false);
  });

  it('device permission (WebHID/WebUSB/Web Serial) is denied', () => {
    expect(devicePermissionHandler()).toBe(false);
  });
});

describe('#7 CSP header and network lockdown', () => {
  it('adds our CSP to every response and overrides a weaker one whatever its casing', () => {
    const out = withSecurityHeaders({ 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'X-Other': 'kept' });
    expect(out['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(out['content-security-policy']).toBeUndefined();
    expect(out['X-Other']).toEqual(['kept']);
    expect(out['X-Content-Type-Options']).toEqual(['nosniff']);
  });

  it.each(['https://example.com/x.js', 'http://127.0.0.1/', 'ws://127.0.0.1:4173/ws', 'file:///etc/passwd', 'ftp://x/', 'app://evil/'])(
    'cancels request to %s',
    (url) => {
      expect(isAllowedRequest(url)).toBe(false);
    },
  );

  it.each(['app://kiosk/index.html', 'data:image/png;base64,AA==', 'blob:app://kiosk/0f1e'])('allows request to %s', (url) => {
    expect(isAllowedRequest(url)).toBe(true);
  });

  it.each(['devtools://devtools/bundled/inspector.html', 'DEVTOOLS://devtools/bundled/devtools_app.html'])(
    'refuses %s unless DevTools are enabled for troubleshooting',
    (url) => {
      expect(isAllowedRequest(url)).toBe(false);
      expect(isAllowedRequest(url, { devTools: false })).toBe(false);
      expect(isAllowedRequest(url, { devTools: true })).toBe(true);
    },
  );

  it('DevTools enabled do not open any other scheme', () => {
    expect(isAllowedRequest('https://example.com/', { devTools: true })).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', { devTools: true })).toBe(false);
  });
});

describe('kiosk key chords', () => {
  const key = (k: string, mods: Partial<{ control: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) => ({
    type: 'keyDown' as const,
    key: k,
    control: mods.control ?? false,
    meta: mods.meta ?? false,
    shift: mods.shift ?? false,
    alt: mods.alt ?? false,
  });

  it('blocks reload, zoom, print, close and DevTools chords', () => {
    for (const input of [
      key('F5'),
      key('r', { control: true }),
      key('+', { control: true }),
      key('p', { control: true }),
      key('w', { meta: true }),
      key('F4', { alt: true }),
      key('F12'),
      key('I', { control: true, shift: true }),
    ]) {
      expect(isBlockedInput(input, false), JSON.stringify(input)).toBe(true);
    }
  });

  it('lets ordinary typing through, and DevTools chords only when DevTools are enabled', () => {
    for (const input of [key('a'), key('ễ'), key('Enter'), key('Backspace'), key('A', { shift: true })])
      expect(isBlockedInput(input, false)).toBe(false);
    expect(isBlockedInput(key('F12'), true)).toBe(false);
    expect(isBlockedInput({ ...key('F5'), type: 'keyUp' }, false)).toBe(false);
  });
});

describe('wiring', () => {
  it('hardenWebContents installs every guard on the contents', () => {
    const handlers = new Map<string, (...args: unknown[]) => void>();
    const setWindowOpenHandler = vi.fn();
    const contents = {
      on: (name: string, fn: (...args: unknown[]) => void) => {
        handlers.set(name, fn);
        return contents;
      },
      setWindowOpenHandler,
    };
    hardenWebContents(contents as unknown as WebContents, { devTools: false });
    expect([...handlers.keys()].sort()).toEqual([
      'before-input-event',
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
    expect(setWindowOpenHandler).toHaveBeenCalledWith(windowOpenHandler);
    const nav = fakeEvent('https://example.com');
    handlers.get('will-navigate')?.(nav, 'https://example.com');
    expect(nav.preventDefault).toHaveBeenCalled();
    const chord = fakeEvent();
    handlers.get('before-input-event')?.(chord, { type: 'keyDown', key: 'r', control: true, meta: false, shift: false, alt: false });
    expect(chord.preventDefault).toHaveBeenCalled();
  });

  it('hardenSession denies permissions and devices, filters requests and sets the CSP header', () => {
    const calls: Record<string, unknown[]> = {};
    const record = (name: string) => (arg: unknown) => {
      (calls[name] ??= []).push(arg);
    };
    const sessionEvents = new Map<string, (...args: unknown[]) => void>();
    const fake = {
      setPermissionRequestHandler: record('request'),
      setPermissionCheckHandler: record('check'),
      setDevicePermissionHandler: record('device'),
      on: (name: string, fn: (...args: unknown[]) => void) => sessionEvents.set(name, fn),
      webRequest: { onBeforeRequest: record('before'), onHeadersReceived: record('headers') },
    };
    hardenSession(fake as unknown as Session, { devTools: false });

    // Reset to null first, then the deny-all handler.
    expect(calls.request?.[0]).toBeNull();
    const request = calls.request?.[1] as (wc: unknown, p: string, cb: (granted: boolean) => void) => void;
    const cb = vi.fn();
    request(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    const check = calls.check?.[1] as (wc: unknown, p: string) => boolean;
    expect(check(null, 'geolocation')).toBe(false);
    expect((calls.device?.[0] as () => boolean)()).toBe(false);

    const selectHid = sessionEvents.get('select-hid-device');
    const hidEvent = fakeEvent();
    const hidCallback = vi.fn();
    selectHid?.(hidEvent, {}, hidCallback);
    expect(hidEvent.preventDefault).toHaveBeenCalled();
    expect(hidCallback).toHaveBeenCalledWith();
    expect(sessionEvents.has('select-serial-port')).toBe(true);
    expect(sessionEvents.has('select-usb-device')).toBe(true);
    // Downloads would open a save dialog onto the file system: cancelled.
    const downloadEvent = fakeEvent();
    sessionEvents.get('will-download')?.(downloadEvent, {}, null);
    expect(downloadEvent.preventDefault).toHaveBeenCalled();

    const before = calls.before?.[0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const beforeCb = vi.fn();
    before({ url: 'https://example.com/' }, beforeCb);
    expect(beforeCb).toHaveBeenCalledWith({ cancel: true });
    const devtoolsCb = vi.fn();
    before({ url: 'devtools://devtools/bundled/inspector.html' }, devtoolsCb);
    expect(devtoolsCb).toHaveBeenCalledWith({ cancel: true });

    const headers = calls.headers?.[0] as (
      d: { responseHeaders?: Record<string, string[]> },
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const headersCb = vi.fn();
    headers({ responseHeaders: {} }, headersCb);
    expect(headersCb.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('hardenSession lets devtools: through only when DevTools are enabled', () => {
    const filterOf = (devTools: boolean) => {
      let filter: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
      const fake = {
        setPermissionRequestHandler: () => {},
        setPermissionCheckHandler: () => {},
        setDevicePermissionHandler: () => {},
        on: () => {},
        webRequest: { onBeforeRequest: (fn: typeof filter) => (filter = fn), onHeadersReceived: () => {} },
      };
      hardenSession(fake as unknown as Session, { devTools });
      return filter;
    };
    const inspector = { url: 'devtools://devtools/bundled/inspector.html' };
    const off = vi.fn();
    filterOf(false)?.(inspector, off);
    expect(off).toHaveBeenCalledWith({ cancel: true });
    const on = vi.fn();
    filterOf(true)?.(inspector, on);
    expect(on).toHaveBeenCalledWith({ cancel: false });
  });
});
