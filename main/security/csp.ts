/**
 * The one Content-Security-Policy, sent on every HTTP response of the browser host and every app://
 * response in Electron, and mirrored by the meta tag in renderer/index.html (a test keeps them equal).
 * No 'unsafe-inline' anywhere: styles come from CSS files, scripts from our bundle only.
 * connect-src allows the loopback WebSocket of the browser host ('self' covers ws: on the same
 * host:port in current Chromium; the explicit ws: source is for older engines).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  // pdf.js draws documents in a worker from our own bundle (renderer/ui/pdf-pages.ts); nothing is framed.
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers that go with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), hid=(), serial=()',
};
