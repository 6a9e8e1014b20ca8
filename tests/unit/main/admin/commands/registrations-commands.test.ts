import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../main/db/open-database';
import { importLine, seedPlaces } from '../../../../support/registration-test-kit';
import { createExpireRegistrationsCommand } from '../../../../../main/admin/commands/expire-registrations';
import { createImportRegistrationsCommand } from '../../../../../main/admin/commands/import-registrations';

let dir: string;
let out: string[];
let err: string[];
const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-regcmd-'));
  out = [];
  err = [];
  const db = openDatabase(join(dir, 'kiosk.sqlite'));
  seedPlaces(db);
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('registration admin commands', () => {
  it('imports a file, reports bad lines, and is idempotent; then expires the old registrations', async () => {
    const file = join(dir, 'export.jsonl');
    writeFileSync(
      file,
      [importLine({ externalId: 'A', createdAt: '2025-03-01T00:00:00Z' }), importLine({ externalId: 'B', phone: '123' })].join('\n'),
    );
    const importCommand = createImportRegistrationsCommand({ dataDir: dir });
    expect(await importCommand.run([file], io)).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^line 2: phone: /)]);
    expect(out).toEqual(['imported 1, skipped 0 already imported, rejected 1 line(s)']);
    expect(await importCommand.run([file], io)).toBe(1);
    expect(out[1]).toBe('imported 0, skipped 1 already imported, rejected 1 line(s)');
    expect(await importCommand.run([join(dir, 'missing.jsonl')], io)).toBe(66);
    expect(await importCommand.run([], io)).toBe(64);

    const expire = createExpireRegistrationsCommand({ dataDir: dir });
    expect(await expire.run(['--now', 'yesterday'], io)).toBe(64);
    expect(await expire.run(['--now', '2025-03-11T00:00:00Z'], io)).toBe(0);
    expect(out.at(-1)).toBe('expired 1 registration(s); erased personal data of 0 rejected registration(s)');
    const db = openDatabase(join(dir, 'kiosk.sqlite'));
    try {
      expect(db.prepare('SELECT state, full_name FROM registrations').all()).toEqual([{ state: 'expired', full_name: null }]);
    } finally {
      db.close();
    }
  });
});
