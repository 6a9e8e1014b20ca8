/** The emulator control surface (`--devices emulated` only; every route needs the launch token). */
import { z } from 'zod';
import type { HttpRoute, RouteResponse } from '../../host/http-route';
import type { DeviceSupervisor } from './device-supervisor';

const readerState = z.object({ connected: z.boolean() }).strict();
const printerState = z
  .object({
    paper: z.enum(['ok', 'low', 'out']).optional(),
    cover: z.enum(['open', 'closed']).optional(),
    connected: z.boolean().optional(),
  })
  .strict();

const bad = (message: string): RouteResponse => ({ status: 400, json: { error: { code: 'invalid-input', message } } });
const unavailable = (e: unknown): RouteResponse => ({
  status: 503,
  json: { error: { code: 'device-unavailable', message: e instanceof Error ? e.message : 'unavailable' } },
});

function json(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

export function emulatorRoutes(devices: DeviceSupervisor): HttpRoute[] {
  return [
    {
      method: 'POST',
      path: '/emulator/reader/scan',
      needsToken: true,
      async handle(req) {
        // text/plain is UTF-8 text; application/octet-stream is the scanner's raw bytes (e.g. invalid UTF-8).
        if (req.body.length === 0) return bad('empty scan');
        try {
          const r = await devices.request({ type: 'emulator.scan', bytesBase64: req.body.toString('base64') });
          return { status: r.delivered ? 200 : 409, json: r };
        } catch (e) {
          return unavailable(e);
        }
      },
    },
    {
      method: 'POST',
      path: '/emulator/reader/state',
      needsToken: true,
      async handle(req) {
        const p = readerState.safeParse(json(req.body));
        if (!p.success) return bad('expected {"connected": boolean}');
        try {
          return { status: 200, json: await devices.request({ type: 'emulator.readerState', connected: p.data.connected }) };
        } catch (e) {
          return unavailable(e);
        }
      },
    },
    {
      method: 'POST',
      path: '/emulator/printer/state',
      needsToken: true,
      async handle(req) {
        const p = printerState.safeParse(json(req.body));
        if (!p.success) return bad('expected {"paper":"ok|low|out"} / {"cover":"open|closed"} / {"connected":boolean}');
        const d = p.data;
        try {
          return {
            status: 200,
            json: await devices.request({
              type: 'emulator.printerState',
              ...(d.paper !== undefined ? { paper: d.paper } : {}),
              ...(d.cover !== undefined ? { cover: d.cover } : {}),
              ...(d.connected !== undefined ? { connected: d.connected } : {}),
            }),
          };
        } catch (e) {
          return unavailable(e);
        }
      },
    },
    {
      method: 'GET',
      path: '/emulator/printer/receipts',
      needsToken: true,
      async handle() {
        try {
          const list = await devices.request({ type: 'emulator.receipts' });
          return {
            status: 200,
            json: list.map((r) => ({ id: r.id, text: r.text, pngUrl: `/emulator/printer/receipts/${encodeURIComponent(r.id)}.png` })),
          };
        } catch (e) {
          return unavailable(e);
        }
      },
    },
    {
      method: 'GET',
      path: '/emulator/printer/receipts/*',
      needsToken: true,
      async handle(req) {
        const m = /^\/emulator\/printer\/receipts\/([^/]{1,100})\.png$/.exec(req.path);
        if (!m?.[1]) return { status: 404, json: { error: { code: 'not-found', message: 'no such receipt' } } };
        try {
          const r = await devices.request({ type: 'emulator.receiptPng', id: decodeURIComponent(m[1]) });
          if (r.pngBase64 === null) return { status: 404, json: { error: { code: 'not-found', message: 'no such receipt' } } };
          return { status: 200, body: Buffer.from(r.pngBase64, 'base64'), contentType: 'image/png' };
        } catch (e) {
          return unavailable(e);
        }
      },
    },
  ];
}
