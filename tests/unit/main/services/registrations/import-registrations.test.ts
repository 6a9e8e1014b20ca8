import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/logging/logger';
import { normalizeRegistrationCode } from '../../../../../main/domain/codes/registration-code';
import { readAudit } from '../../../../../main/services/audit/audit-log';
import { createRegistrationImporter, type RegistrationImporter } from '../../../../../main/services/registrations/import-registrations';
import { importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';

let t: TestDatabase;
let importer: RegistrationImporter;

beforeEach(() => {
  t = openTestDatabase();
  importer = createRegistrationImporter({
    db: t.db,
    clock: () => new Date('2025-03-02T00:00:00Z'),
    random: (n) => new Uint8Array(randomBytes(n)),
    logger: silentLogger,
  });
});
afterEach(() => t.close());

describe('importLines', () => {
  it('imports good lines and reports each bad line with its number and reason', () => {
    const content = [
      importLine({ externalId: 'A' }),
      '',
      'not json',
      importLine({ externalId: 'B', phone: '0212345678' }),
      importLine({ externalId: 'C', wardCode: '26734' }),
      importLine({ externalId: 'D', wardCode: '99999' }),
      importLine({ externalId: 'E', dateOfBirth: '1990-02-30' }),
      importLine({ externalId: 'F', gender: 'other', insuranceNumber: undefined, email: undefined }),
      importLine({ externalId: 'G', insuranceNumber: undefined, email: undefined }),
      importLine({ externalId: 'A' }),
      importLine({ externalId: 'H', extra: 1 }),
      importLine({ externalId: 'I', idNumber: undefined }),
    ].join('\n');
    const result = importer.importLines(content);
    expect(result.imported).toBe(2);
    expect(result.skippedExisting).toBe(0);
    expect(result.errors).toEqual([
      { line: 3, reason: 'not valid JSON' },
      { line: 4, reason: expect.stringMatching(/^phone: must be a Vietnamese mobile number/) },
      { line: 5, reason: 'wardCode: ward does not belong to provinceCode' },
      { line: 6, reason: 'wardCode: unknown ward' },
      { line: 7, reason: 'dateOfBirth: is not a real calendar date' },
      { line: 8, reason: 'gender: must be one of male, female' },
      { line: 10, reason: 'externalId: duplicate of line 1' },
      { line: 11, reason: 'unknown field(s): extra' },
      { line: 12, reason: 'idNumber: is required' },
    ]);
    const rows = t.db.prepare('SELECT * FROM registrations ORDER BY external_id').all() as {
      code: string;
      state: string;
      source: string;
      email: string | null;
      insurance_number: string | null;
      created_at: string;
    }[];
    expect(rows.map((r) => r.state)).toEqual(['submitted', 'submitted']);
    expect(rows.every((r) => r.source === 'portal' && normalizeRegistrationCode(r.code) === r.code)).toBe(true);
    expect(rows[0]?.created_at).toBe('2025-03-01T01:00:00.000Z');
    expect(rows[1]?.email).toBeNull();
    expect(rows[1]?.insurance_number).toBeNull();
  });

  it('accepts the old 9-digit CMND, a passport number and a birth year (or month and year) alone', () => {
    const result = importer.importLines(
      [
        importLine({ externalId: 'CMND', idNumber: '012345678', dateOfBirth: '1948' }),
        importLine({ externalId: 'PP', idNumber: 'c1234567', dateOfBirth: '1952-07' }),
        importLine({ externalId: 'SPACED', idNumber: '001 190 012 345' }),
        importLine({ externalId: 'BAD-ID', idNumber: '12345' }),
        importLine({ externalId: 'BAD-MONTH', dateOfBirth: '1952-13' }),
        importLine({ externalId: 'BAD-SHAPE', dateOfBirth: '07/1952' }),
      ].join('\n'),
    );
    expect(result.errors).toEqual([
      { line: 4, reason: 'idNumber: must be a 12-digit CCCD, a 9-digit CMND or a passport number (a letter and 7 or 8 digits)' },
      { line: 5, reason: 'dateOfBirth: is not a real calendar date' },
      { line: 6, reason: 'dateOfBirth: must be YYYY-MM-DD, YYYY-MM or YYYY' },
    ]);
    const rows = t.db.prepare('SELECT external_id, id_number, date_of_birth FROM registrations ORDER BY id').all();
    expect(rows).toEqual([
      { external_id: 'CMND', id_number: '012345678', date_of_birth: '1948' },
      { external_id: 'PP', id_number: 'C1234567', date_of_birth: '1952-07' },
      { external_id: 'SPACED', id_number: '001190012345', date_of_birth: '1990-03-15' },
    ]);
  });

  it('stores names NFC even when the file has decomposed characters', () => {
    const decomposed = 'Nguyễn Thị Lan Anh'.normalize('NFD');
    importer.importLines(importLine({ fullName: `  ${decomposed} ` }));
    const row = t.db.prepare('SELECT full_name FROM registrations').get() as { full_name: string };
    expect(row.full_name).toBe('Nguyễn Thị Lan Anh'.normalize('NFC'));
  });

  it('is idempotent by externalId and keeps the first code', () => {
    const content = [importLine({ externalId: 'A' }), importLine({ externalId: 'B' })].join('\r\n');
    expect(importer.importLines(content)).toEqual({ imported: 2, skippedExisting: 0, errors: [] });
    const codes = t.db.prepare('SELECT code FROM registrations ORDER BY id').all();
    expect(importer.importLines(content + '\n' + importLine({ externalId: 'C' }))).toEqual({ imported: 1, skippedExisting: 2, errors: [] });
    expect(t.db.prepare('SELECT code FROM registrations WHERE id <= 2 ORDER BY id').all()).toEqual(codes);
    expect(readAudit(t.db).filter((e) => e.action === 'registration.imported')).toHaveLength(2);
  });
});
