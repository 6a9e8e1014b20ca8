import { describe, expect, it } from 'vitest';
import { loadFixturePayloads } from '../../../../support/fixture-payloads';
import { parseCodeCommand, runParseCode } from '../../../../../main/admin/commands/parse-code';

const [cccd] = loadFixturePayloads('cccd-qr.txt');

describe('admin parse-code', () => {
  it('prints the parsed code as pretty JSON and exits 0', () => {
    const { exitCode, stdout } = runParseCode([cccd!.payload]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('\n  "kind": "cccd"');
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'cccd', idNumber: '001192012345', fullName: 'Nguyễn Thị Lan Anh' });
  });

  it('prints an English error object and exits 2 for a bad code', () => {
    const { exitCode, stdout } = runParseCode(['hello']);
    expect(exitCode).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      error: { code: 'unknown-code', message: 'The code is not a CCCD, a BHYT card or a Form 01 code.' },
    });
    const badGender = JSON.parse(runParseCode([cccd!.payload.replace('|Nữ|', '|X|')]).stdout) as {
      error: { code: string; field: string; message: string };
    };
    expect(badGender.error).toMatchObject({ code: 'cccd-bad-gender', field: 'gender' });
    // A gender that disagrees with the number is a genuine card (flagged), not an error.
    const flagged = JSON.parse(runParseCode([cccd!.payload.replace('|Nữ|', '|Nam|')]).stdout) as { discrepancies: unknown[] };
    expect(flagged.discrepancies).toEqual([{ field: 'gender', fromIdNumber: 'female', onCard: 'male' }]);
  });

  it('joins an unquoted payload split by the shell', () => {
    expect(runParseCode(['F01-7K3M9QX3', '0']).exitCode).toBe(0);
  });

  it('exits 64 with usage when the payload is missing', () => {
    for (const args of [[], [''], ['--help']]) {
      const { exitCode, stdout } = runParseCode(args);
      expect(exitCode).toBe(64);
      expect(JSON.parse(stdout)).toMatchObject({ error: { code: 'usage', message: expect.stringContaining('parse-code') } });
    }
  });

  it('exposes an AdminCommand that writes to the given output', async () => {
    const out: string[] = [];
    const code = await parseCodeCommand.run(['hello'], { out: (s) => out.push(s), err: () => undefined });
    expect(code).toBe(2);
    expect(out.join('')).toContain('unknown-code');
  });
});
