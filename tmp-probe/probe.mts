import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const W = window as any; W.__marks = [];
    const OrigWS = WebSocket;
    (window as any).WebSocket = class extends OrigWS { constructor(u: any, p?: any) { super(u, p); W.__marks.push(['ws-new', performance.now()]); this.addEventListener('open', () => W.__marks.push(['ws-open', performance.now()])); this.addEventListener('message', () => { if (W.__marks.filter((m: any) => m[0]==='ws-msg').length < 3) W.__marks.push(['ws-msg', performance.now()]); }); } };
    new MutationObserver(() => { if (document.documentElement.dataset.ready) W.__marks.push(['ready', performance.now()]); }).observe(document.documentElement, { attributes: true });
  });
  const t0 = performance.now();
  const p = spawn('node', ['out/main/host.js', '--data-dir', '/tmp/sdata', '--port', '0', '--log-level', 'warn']);
  const url: string = await new Promise((res) => { let b = ''; p.stdout.on('data', (d) => { b += d; const m = /KIOSK_HOST_READY (\S+)/.exec(b); if (m) res(m[1]!); }); });
  const tReady = performance.now() - t0;
  await page.goto(url, { waitUntil: 'commit' });
  const tCommit = performance.now() - t0;
  await page.waitForLoadState('domcontentloaded');
  const tDcl = performance.now() - t0;
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  const tInt = performance.now() - t0;
  const nav = await page.evaluate(() => { const n: any = performance.getEntriesByType('navigation')[0]; return JSON.stringify({ resp: Math.round(n.responseEnd), domInt: Math.round(n.domInteractive), dcl: Math.round(n.domContentLoadedEventEnd), marks: (window as any).__marks.map((m: any) => m[0] + ':' + Math.round(m[1])) }); });
  console.log({ tReady: Math.round(tReady), tCommit: Math.round(tCommit), tDcl: Math.round(tDcl), tInt: Math.round(tInt) }, nav);
  await page.close(); p.kill('SIGINT'); await new Promise((r) => p.on('exit', r));
}
await browser.close();
