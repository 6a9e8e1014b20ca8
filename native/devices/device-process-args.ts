/**
 * The device child's command line, shared by the side that starts it (main/services/devices/device-spawner.ts)
 * and the child itself, so the two cannot drift. Named arguments, found wherever they stand: Electron's
 * `utilityProcess.fork` and Node's `child_process.fork` do not put the script's arguments at the same index.
 */
export type DeviceProcessMode = 'hardware' | 'emulated';

const MODE = '--device-mode=';
const DATA_DIR = '--device-data-dir=';

export function deviceProcessArgv(mode: DeviceProcessMode, dataDir: string): string[] {
  return [`${MODE}${mode}`, `${DATA_DIR}${dataDir}`];
}

export function deviceProcessArgs(argv: readonly string[]): { readonly mode: DeviceProcessMode; readonly dataDir: string | null } {
  const value = (prefix: string) => argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
  const dataDir = value(DATA_DIR);
  return { mode: value(MODE) === 'hardware' ? 'hardware' : 'emulated', dataDir: dataDir ? dataDir : null };
}
