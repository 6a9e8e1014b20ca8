import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../main/db/open-database';
import { parseSeedArgs, runSeed } from '../../../../../main/admin/commands/seed';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) } };
}

describe('admin seed', () => {
  it.each([
    [[]],
    [['--persons', 'many', '--seed', '1']],
    [['--persons', '10']],
    [['--persons', '10', '--seed', '1.5']],
    [['--persons', '10', '--seed', '1', '--colour', 'red']],
    [['--persons', '10', '--seed', '1', 'extra']],
    [['--persons', '10', '--seed', '1', '--replace=yes']],
  ])('rejects %j with a usage error (exit 64)', async (args) => {
    const c = capture();
    expect(await runSeed(args, { dataDir: '/nonexistent', ...c.io })).toBe(64);
    expect(c.err.join('\n')).toMatch(/usage: admin seed/);
  });

  it('parses every option', () => {
    expect(parseSeedArgs(['--persons', '5', '--seed=-3', '--replace', '--data-dir', '/x'])).toEqual({
      kind: 'ok',
      persons: 5,
      seed: -3,
      replace: true,
      dataDir: '/x',
    });
  });

  it('seeds DIR/kiosk.sqlite, refuses a second run, and replaces with --replace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-seed-'));
    dirs.push(dir);
    const first = capture();
    expect(await runSeed(['--persons', '250', '--seed', '3', '--data-dir', dir], { dataDir: '/unused', ...first.io })).toBe(0);
    expect(first.out.join('\n')).toMatch(/250 \/ 250 persons \(100%\)/);
    expect(first.out.join('\n')).toMatch(/provinces 34, wards 3321/);
    const file = join(dir, 'kiosk.sqlite');
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = capture();
    expect(await runSeed(['--persons', '10', '--seed', '3'], { dataDir: dir, ...second.io })).toBe(1);
    expect(second.err.join('\n')).toMatch(/--replace/);

    const third = capture();
    expect(await runSeed(['--persons', '10', '--seed', '3', '--replace'], { dataDir: dir, ...third.io })).toBe(0);
    const db = openDatabase(file);
    expect(db.prepare('SELECT COUNT(*) FROM persons').pluck().get()).toBe(14);
    db.close();
  });
});
