/**
 * Kiosk endurance: time from host start to an interactive home screen, then N scripted kiosk sessions in one
 * page (lookup → home; sign-in → profile → sign-out), comparing the renderer's memory (after a forced GC, via
 * CDP; split into JS objects, DOM nodes, listeners, compiled code and Blink objects, see rendererMemory) and the
 * host's RSS (/proc/PID/status) after 10 sessions and after all of them. Target: growth < 10 %.
 *
 * Slow (real Chromium, real argon2 sign-ins): 0.7–2.4 s per session on a 2-core machine depending on load, so
 * 100 sessions (--quick) take ~2–5 min and 1,000 take ~12–40 min. `npm run bench` runs it only with `--sessions`;
 * standalone: `npx tsx tests/bench/session-memory-bench.ts [--quick | --count=N]` (`--count=N` works with `npm run bench` too).
 * The start-up time includes tsx compiling the host on the fly (the packaged app is pre-built), so it is
 * reported without a target.
 */
import { submitLookupForDuc } from '../support/lookup-steps';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { REPO_ROOT as ROOT, startKioskHostProcess } from '../support/kiosk-host-process';
import type { RunningKioskHost } from '../support/kiosk-host-process';
import type { BenchRow } from './run-bench';

const DEMO = { insuranceNumber: '0123456789', password: 'Kiosk2026' };

function startHost(dataDir: string, webRoot: string): Promise<RunningKioskHost> {
  return startKioskHostProcess({ dataDir, env: { KIOSK_WEB_ROOT: webRoot }, args: ['--log-level', 'warn'] });
}

function hostRssKiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m?.[1] ? Number(m[1]) : Number.NaN;
}

/**
 * The renderer's memory after a forced GC, split the way a leak shows. Heap snapshots at the home screen after
 * 20, 220 and 420 sessions, compared object by object, showed not one JS object, closure, DOM node or event
 * listener more; what grows is (1) V8's compiled code, functions tiering up to optimised code as they get hot
 * (+0.45 MiB over the first 200 sessions, +0.08 MiB over the next 200), and (2) Blink's own C++ objects:
 * performance-timeline entries (event timing, long tasks, long animation frames, layout shifts; buffers capped
 * by the browser) and the backing stores of its paint-timing weak hash tables. `Runtime.getHeapUsage` counts
 * the compiled code, so "JS heap after 10 vs after N" mostly measured JIT warm-up, not the app. The targets are
 * therefore on what the app can leak: JS objects (every V8 heap-snapshot node but code and Blink's native
 * objects), DOM nodes (Memory.getDOMCounters counts detached but still reachable nodes too) and event
 * listeners. The raw JS heap, the code and the Blink objects are still reported, each on its own row.
 */
export interface RendererMemory {
  /** V8 heap in use (`Runtime.getHeapUsage`), compiled code included. */
  readonly jsHeapBytes: number;
  /** Heap-snapshot nodes that are JS values (objects, closures, arrays, strings, numbers, ...). */
  readonly jsObjectBytes: number;
  /** Compiled code (bytecode, optimised code, feedback metadata): the JIT's warm-up. */
  readonly codeBytes: number;
  /** Blink's (and V8's internal) native objects: DOM wrappers' C++ side, timeline entries, style, layout. */
  readonly nativeBytes: number;
  readonly domNodes: number;
  readonly jsEventListeners: number;
}

async function rendererMemory(page: Page): Promise<RendererMemory> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
    // Twice: the first pass can leave objects that only become unreachable once weak callbacks ran.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return { jsHeapBytes: usedSize, ...snapshotSizes(chunks.join('')), domNodes: dom.nodes, jsEventListeners: dom.jsEventListeners };
  } finally {
    await cdp.detach();
  }
}

/** Sums the self sizes of a V8 heap snapshot's nodes by kind. */
function snapshotSizes(json: string): Pick<RendererMemory, 'jsObjectBytes' | 'codeBytes' | 'nativeBytes'> {
  const snap = JSON.parse(json) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const types = snap.snapshot.meta.node_types[0];
  const code = types.indexOf('code');
  const native = types.indexOf('native');
  const sizes = { jsObjectBytes: 0, codeBytes: 0, nativeBytes: 0 };
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const size = snap.nodes[i + sizeAt] ?? 0;
    const type = snap.nodes[i + typeAt];
    if (type === code) sizes.codeBytes += size;
    else if (type === native) sizes.nativeBytes += size;
    else sizes.jsObjectBytes += size;
  }
  return sizes;
}

/** One citizen: a lookup, back home (wipe), then a sign-in, a record, and sign-out (wipe). */
async function kioskSession(page: Page): Promise<void> {
  await page.getByTestId('tile-lookup').click();
  await submitLookupForDuc(page);
  await page.getByTestId('insurance-number').waitFor();
  await page.getByTestId('go-home').click();
  await page.getByTestId('tile-sign-in').click();
  await page.getByLabel('Mã số BHXH (10 chữ số)').fill(DEMO.insuranceNumber);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO.password);
  await page.keyboard.press('Escape');
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('records-profile').click();
  await page.getByTestId('profile').waitFor();
  await page.getByTestId('sign-out').click();
  await page.locator('[data-screen="home"]').waitFor();
}

export interface SessionMemoryResult {
  readonly hostReadyMs: number;
  readonly homeInteractiveMs: number;
  readonly sessions: number;
  readonly msPerSession: number;
  readonly memAt10: RendererMemory;
  readonly memAtEnd: RendererMemory;
  readonly rssAt10KiB: number;
  readonly rssAtEndKiB: number;
}

function ensureWebBuild(): string {
  const webRoot = process.env.KIOSK_WEB_ROOT ?? join(ROOT, 'dist-web');
  if (!existsSync(join(webRoot, 'index.html'))) {
    const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build failed');
  }
  return webRoot;
}

export async function benchSessionMemory(sessions: number, log: (s: string) => void = () => {}): Promise<SessionMemoryResult> {
  const webRoot = ensureWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-bench-sessions-'));
  // First start seeds the data folder; the timed start below is a normal (already seeded) kiosk start.
  await (await startHost(dataDir, webRoot)).stop();

  const t0 = performance.now();
  const browserP = chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const host = await startHost(dataDir, webRoot);
  const browser = await browserP;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.launchUrl);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.getByTestId('tile-lookup').waitFor();
    const homeInteractiveMs = performance.now() - t0;
    log(`home interactive after ${Math.round(homeInteractiveMs)} ms; running ${sessions} sessions…`);

    // A tiny --count (a smoke run) warms up on all of its sessions.
    const warm = Math.min(10, sessions);
    for (let i = 0; i < warm; i++) await kioskSession(page);
    const memAt10 = await rendererMemory(page);
    const rssAt10KiB = hostRssKiB(host.pid);
    const s0 = performance.now();
    for (let i = warm; i < sessions; i++) {
      await kioskSession(page);
      if ((i + 1) % 100 === 0) log(`  ${i + 1} sessions`);
    }
    const msPerSession = (performance.now() - s0) / Math.max(1, sessions - warm);
    const memAtEnd = await rendererMemory(page);
    const rssAtEndKiB = hostRssKiB(host.pid);
    return { hostReadyMs: host.readyAt - t0, homeInteractiveMs, sessions, msPerSession, memAt10, memAtEnd, rssAt10KiB, rssAtEndKiB };
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const growth = (a: number, b: number) => ((b - a) / a) * 100;
const round = (n: number) => Math.round(n * 100) / 100;

export function sessionMemoryRows(r: SessionMemoryResult): BenchRow[] {
  const { memAt10: m10, memAtEnd: mEnd, sessions: n } = r;
  const jsGrowth = growth(m10.jsObjectBytes, mEnd.jsObjectBytes);
  const nodesAdded = mEnd.domNodes - m10.domNodes;
  const listenersAdded = mEnd.jsEventListeners - m10.jsEventListeners;
  const rssGrowth = growth(r.rssAt10KiB, r.rssAtEndKiB);
  const info = (metric: string, value: number, unit: string): BenchRow => ({ area: 'kiosk', metric, value, unit, target: '', met: null });
  const mib = (bytes: number) => round(bytes / 1_048_576);
  return [
    info('host start → ready line', round(r.hostReadyMs), 'ms'),
    info('host start → home interactive', round(r.homeInteractiveMs), 'ms'),
    info(`scripted session (${n})`, round(r.msPerSession), 'ms'),
    info('renderer JS objects after 10 sessions', mib(m10.jsObjectBytes), 'MiB'),
    info(`renderer JS objects after ${n} sessions`, mib(mEnd.jsObjectBytes), 'MiB'),
    { area: 'kiosk', metric: 'renderer JS objects growth', value: round(jsGrowth), unit: '%', target: '< 10 %', met: jsGrowth < 10 },
    { area: 'kiosk', metric: `renderer DOM nodes 10 → ${n}`, value: nodesAdded, unit: 'added', target: '≤ 0', met: nodesAdded <= 0 },
    {
      area: 'kiosk',
      metric: `renderer JS event listeners 10 → ${n}`,
      value: listenersAdded,
      unit: 'added',
      target: '≤ 0',
      met: listenersAdded <= 0,
    },
    info('renderer JS heap (with JIT code) after 10', mib(m10.jsHeapBytes), 'MiB'),
    info(`renderer JS heap (with JIT code) after ${n}`, mib(mEnd.jsHeapBytes), 'MiB'),
    info('renderer JS heap (with JIT code) growth', round(growth(m10.jsHeapBytes, mEnd.jsHeapBytes)), '%'),
    info('renderer compiled code after 10 sessions', mib(m10.codeBytes), 'MiB'),
    info(`renderer compiled code after ${n} sessions`, mib(mEnd.codeBytes), 'MiB'),
    info('renderer Blink objects after 10 sessions', mib(m10.nativeBytes), 'MiB'),
    info(`renderer Blink objects after ${n} sessions`, mib(mEnd.nativeBytes), 'MiB'),
    { area: 'kiosk', metric: 'host RSS after 10 sessions', value: round(r.rssAt10KiB / 1024), unit: 'MiB', target: '', met: null },
    {
      area: 'kiosk',
      metric: `host RSS after ${r.sessions} sessions`,
      value: round(r.rssAtEndKiB / 1024),
      unit: 'MiB',
      target: '',
      met: null,
    },
    { area: 'kiosk', metric: 'host RSS growth', value: round(rssGrowth), unit: '%', target: '< 10 %', met: rssGrowth < 10 },
  ];
}

/** `--count=N` if given, else 100 sessions with --quick and 1,000 without. */
function sessionCount(quick: boolean): number {
  return Number(/--count=(\d+)/.exec(process.argv.join(' '))?.[1] ?? (quick ? 100 : 1000));
}

/** For extra-benches.ts: only with `--sessions` (too slow for the default run); see sessionCount for how many. */
export async function sessionMemoryBenchRows(ctx: { quick: boolean; log: (s: string) => void }): Promise<BenchRow[]> {
  if (!process.argv.includes('--sessions')) {
    ctx.log('kiosk sessions/memory bench skipped (add --sessions; ~5 min with --quick, ~40 min without)');
    return [];
  }
  return sessionMemoryRows(await benchSessionMemory(sessionCount(ctx.quick), ctx.log));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  benchSessionMemory(sessionCount(process.argv.includes('--quick')), (s) => process.stdout.write(s + '\n')).then(
    (r) => {
      for (const row of sessionMemoryRows(r)) {
        process.stdout.write(
          `${row.metric.padEnd(40)} ${String(row.value).padStart(10)} ${row.unit.padEnd(4)} ${row.target} ${row.met === null ? '' : row.met ? 'ok' : 'MISSED'}\n`,
        );
      }
    },
    (e: unknown) => {
      process.stderr.write(`session bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
