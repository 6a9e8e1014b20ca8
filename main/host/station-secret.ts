/**
 * The station's own secret, one per data folder (`<data dir>/station-secret`, mode 0600, never in the database,
 * never logged). The browser host derives its WebSocket/HTTP token from it, so the token is the same after a restart:
 * a kiosk or counter tab left open reconnects by itself (its token is in the tab's sessionStorage) instead of stranding
 * on "Mất kết nối…" until someone copies a new URL from the log. Deleting the file rotates the token at the next start.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STATION_SECRET_FILE = 'station-secret';

export interface StationSecret {
  readonly secret: Buffer;
  /** What happened: read as it was, created now, its permissions tightened, or replaced because it was unreadable. */
  readonly outcome: 'read' | 'created' | 'tightened' | 'replaced';
}

export function loadStationSecret(dataDir: string): StationSecret {
  const file = join(dataDir, STATION_SECRET_FILE);
  let st;
  try {
    st = lstatSync(file);
  } catch {
    return { secret: writeSecret(file, 'wx'), outcome: 'created' };
  }
  // A link or a folder here is not ours: never follow it, never read through it.
  if (!st.isFile()) throw new Error(`${file} is not a regular file; remove it and start again`);
  const text = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(text)) return { secret: writeSecret(file, 'w'), outcome: 'replaced' };
  if ((st.mode & 0o077) !== 0) {
    chmodSync(file, 0o600);
    return { secret: Buffer.from(text, 'hex'), outcome: 'tightened' };
  }
  return { secret: Buffer.from(text, 'hex'), outcome: 'read' };
}

function writeSecret(file: string, flag: 'wx' | 'w'): Buffer {
  const secret = randomBytes(32);
  writeFileSync(file, `${secret.toString('hex')}\n`, { mode: 0o600, flag });
  chmodSync(file, 0o600); // the mode option does not apply to a file that already existed
  return secret;
}

/** The browser host's token: stable for this data folder, unguessable without the secret. */
export function browserHostToken(secret: Buffer): string {
  return createHmac('sha256', secret).update('bhxh-kiosk browser-host token v1').digest('base64url');
}
