import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserHostToken, loadStationSecret, STATION_SECRET_FILE } from '../../../../main/host/station-secret';

const dirs: string[] = [];
const dataDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'station-secret-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('station secret', () => {
  it('is created once, mode 0600, and gives the same host token at every start of the same data folder', () => {
    const dir = dataDir();
    const first = loadStationSecret(dir);
    expect(first.outcome).toBe('created');
    expect(statSync(join(dir, STATION_SECRET_FILE)).mode & 0o777).toBe(0o600);
    const again = loadStationSecret(dir);
    expect(again.outcome).toBe('read');
    expect(browserHostToken(again.secret)).toBe(browserHostToken(first.secret));
    expect(browserHostToken(first.secret)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('differs between data folders (stations), and rotates when the file is deleted', () => {
    const a = dataDir();
    const tokenA = browserHostToken(loadStationSecret(a).secret);
    expect(browserHostToken(loadStationSecret(dataDir()).secret)).not.toBe(tokenA);
    rmSync(join(a, STATION_SECRET_FILE));
    expect(browserHostToken(loadStationSecret(a).secret)).not.toBe(tokenA);
  });

  it('tightens a file others can read, and replaces one that is not a secret', () => {
    const dir = dataDir();
    const file = join(dir, STATION_SECRET_FILE);
    const { secret } = loadStationSecret(dir);
    chmodSync(file, 0o644);
    const tightened = loadStationSecret(dir);
    expect(tightened.outcome).toBe('tightened');
    expect(tightened.secret.equals(secret)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    writeFileSync(file, 'hello\n', { mode: 0o644 });
    const replaced = loadStationSecret(dir);
    expect(replaced.outcome).toBe('replaced');
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('never reads through a symbolic link put in its place', () => {
    const dir = dataDir();
    const elsewhere = join(dataDir(), 'other');
    writeFileSync(elsewhere, 'a'.repeat(64));
    symlinkSync(elsewhere, join(dir, STATION_SECRET_FILE));
    expect(() => loadStationSecret(dir)).toThrow(/not a regular file/);
  });
});
