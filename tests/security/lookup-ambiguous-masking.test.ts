/**
 * Attack (issue #17, "an ambiguous lookup shows both people's full mã số"): a stranger who knows only a common name and
 * a birth date got the whole mã số BHXH of every namesake. Now several matches answer each number masked to its last
 * three digits; only a search narrowed to one person (here by the CCCD) answers that person's number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost(['--devices', 'none']);
  const insert = t.core.db.prepare(
    "INSERT INTO persons (id, insurance_number, id_number, full_name, name_key, date_of_birth, gender, province_code) VALUES (?, ?, ?, 'Đỗ Văn Khải', 'do van khai', '1958', 'male', '01')",
  );
  insert.run(990_001, '0150123456', '001058000111');
  insert.run(990_002, '0150987654', '001058000222');
});
afterAll(async () => t.close());

describe('a lookup that finds several namesakes', () => {
  it('shows none of their numbers whole; narrowed to one person, that number is shown', async () => {
    const c = await connectClient(t.host);
    const both = (await c.call('lookup:insuranceNumber', { fullName: 'Do Van Khai', dateOfBirth: '1958' })) as {
      ok: boolean;
      value: { status: string; matches: { insuranceNumber: string; maskedIdNumber: string | null }[] };
    };
    expect(both.ok).toBe(true);
    expect(both.value.status).toBe('ambiguous');
    expect(both.value.matches.map((m) => m.insuranceNumber).sort()).toEqual(['*******456', '*******654']);
    expect(JSON.stringify(both)).not.toMatch(/0150123456|0150987654|001058000111|001058000222/);

    const one = await c.call('lookup:insuranceNumber', { fullName: 'Do Van Khai', dateOfBirth: '1958', idNumber: '001058000222' });
    expect(one).toMatchObject({ ok: true, value: { status: 'found', matches: [{ insuranceNumber: '0150987654' }] } });
    c.close();
  });
});
