import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = spawn('node', ['out/main/host.js', '--data-dir', '/tmp/sdata', '--port', '0', '--log-level', 'warn']);
const url: string = await new Promise((res) => { let b = ''; p.stdout.on('data', (d) => { b += d; const m = /KIOSK_HOST_READY (\S+)/.exec(b); if (m) res(m[1]!); }); });
for (let i = 0; i < 2; i++) {
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'commit' });
await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
const { profile } = await cdp.send('Profiler.stop');
writeFileSync('/tmp/rprof.json', JSON.stringify(profile));
await page.close();
}
p.kill('SIGINT'); await browser.close();
