/** Every admin command, by name. `help` is built from these summaries. */
import { defaultDataDir } from '../../config/app-config';
import type { AdminCommand } from './command';
import { parseCodeCommand } from './parse-code';
import { createSeedCommand } from './seed';

/** The data folder the kiosk uses (KIOSK_DATA_DIR, else the default); commands accept --data-dir too. */
const dataDir = process.env.KIOSK_DATA_DIR ?? defaultDataDir();

export const commands: Readonly<Record<string, AdminCommand>> = {
  seed: createSeedCommand({ dataDir }),
  'parse-code': parseCodeCommand,
};
