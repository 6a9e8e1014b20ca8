import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoData } from '../../../../../main/data/seed-database';
import { openDatabase } from '../../../../../main/db/open-database';
import { createCardPdfCommand } from '../../../../../main/admin/commands/card-pdf';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'card-pdf-'));
  const db = openDatabase(join(dir, 'kiosk.sqlite'));
  ensureDemoData(db, { persons: 50 });
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await createCardPdfCommand({ dataDir: dir }).run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('admin card-pdf', () => {
  it("writes the person's card with every field readable by pdftotext", async () => {
    const file = join(dir, 'card.pdf');
    const r = await run(['--insurance-number', '0112345678', '--out', file]);
    expect(r.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString();
    expect(text).toContain('NGUYỄN THỊ LAN ANH');
    expect(text).toContain('0112345678');
    expect(text).toContain('14/03/1992');
  });

  it('says clearly when the person does not exist, and on usage errors', async () => {
    expect((await run(['--insurance-number', '9999999999', '--out', join(dir, 'x.pdf')])).err).toContain('no person with insurance number');
    expect((await run(['--insurance-number', '12', '--out', 'x'])).code).toBe(64);
    expect((await run(['--out', 'x'])).code).toBe(64);
    expect((await run(['--insurance-number', '0112345678', '--out', 'x', '--bogus', '1'])).err).toContain('unknown option --bogus');
  });
});
