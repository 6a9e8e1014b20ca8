/** An in-process browser host on a free port with a fresh data folder, for contract and security tests. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { parseAppConfig } from '../../main/config/app-config';
import { createCore } from '../../main/core/create-core';
import type { KioskCore } from '../../main/core/create-core';
import { startHost } from '../../main/host/host-server';
import type { RunningHost } from '../../main/host/host-server';
import { createLogger } from '../../main/logging/logger';

export interface TestHost {
  readonly host: RunningHost;
  readonly core: KioskCore;
  readonly dataDir: string;
  readonly logLines: string[];
  close(): Promise<void>;
}

export async function startTestHost(
  extraArgs: string[] = [],
  hostOptions: Pick<Parameters<typeof startHost>[0], 'bootstrap'> = {},
  /** Files the data folder holds before the host starts, e.g. `{ 'devices.json': '…' }`. */
  dataFiles: Readonly<Record<string, string>> = {},
): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-test-'));
  for (const [name, text] of Object.entries(dataFiles)) writeFileSync(join(dataDir, name), text);
  const parsed = parseAppConfig(['--port', '0', '--data-dir', dataDir, '--demo-persons', '200', ...extraArgs], {});
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const logLines: string[] = [];
  const logger = createLogger({ level: 'debug', sink: (l) => logLines.push(l) });
  const core = await createCore({ config: parsed.config, logger, transport: 'browser-host' });
  const webRoot = mkdtempSync(join(tmpdir(), 'kiosk-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>test</title>');
  const host = await startHost({ core, webRoot, port: 0, logger, ...hostOptions });
  return {
    host,
    core,
    dataDir,
    logLines,
    close: async () => {
      await host.close();
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}

/** A WebSocket client speaking the host's wire format. */
export async function connectClient(host: RunningHost, opts: { token?: string; origin?: string } = {}) {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws?token=${encodeURIComponent(opts.token ?? host.token)}`, {
    origin: opts.origin ?? `http://127.0.0.1:${host.port}`,
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  let nextId = 1;
  const waiting = new Map<number, (v: unknown) => void>();
  const events: unknown[] = [];
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown; event?: string };
    if (typeof msg.id === 'number') waiting.get(msg.id)?.(msg.result);
    else if (msg.event) events.push(msg);
  });
  return {
    ws,
    events,
    call(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve as (v: unknown) => void);
        ws.send(JSON.stringify({ id, channel, input }));
      });
    },
    /** Sends a raw frame and resolves with the next reply frame. */
    raw(frame: string | Buffer): Promise<unknown> {
      return new Promise((resolve) => {
        ws.once('message', (d) => resolve(JSON.parse(d.toString())));
        ws.send(frame);
      });
    },
    close: () => ws.close(),
  };
}

type TestClient = Awaited<ReturnType<typeof connectClient>>;

/** Resolves with the next `name` event frame this client receives (and that `accept` takes, when given). */
export function nextEvent(
  c: TestClient,
  name: string,
  accept: (payload: unknown) => boolean = () => true,
): Promise<{ event: string; payload: unknown }> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer): void => {
      const msg = JSON.parse(data.toString()) as { event?: string; payload?: unknown };
      if (msg.event !== name || !accept(msg.payload)) return;
      c.ws.off('message', onMessage);
      resolve({ event: name, payload: msg.payload });
    };
    c.ws.on('message', onMessage);
  });
}

/** Presents a payload to the host's emulated reader (the emulator route, as a technician's test panel does). */
export async function presentToEmulatedReader(host: RunningHost, payload: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${host.port}/emulator/reader/scan`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'text/plain; charset=utf-8' },
    body: payload,
  });
}
