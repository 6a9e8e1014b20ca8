/**
 * Electron's argv mixes our flags with the executable, the app path and Chromium switches
 * (Playwright adds --remote-debugging-port, the OS may add --no-sandbox…). parseAppConfig rejects
 * unknown options, so only our own flags (and their values) are handed to it.
 */
const KIOSK_FLAGS: ReadonlySet<string> = new Set([
  '--port',
  '--data-dir',
  '--devices',
  '--log-level',
  '--demo-persons',
  '--card-printer',
  '--document-printer',
]);

export function pickKioskArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const flag = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (!KIOSK_FLAGS.has(flag)) continue;
    out.push(arg);
    const next = argv[i + 1];
    if (!arg.includes('=') && next !== undefined) {
      out.push(next);
      i++;
    }
  }
  return out;
}
