import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/logging/logger';
import { createRegistrationImporter } from '../../../../../main/services/registrations/import-registrations';
import { deterministicRandom, importLine, openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';
import { createRegistrationDetails } from '../../../../../main/services/officers/registration-detail';

let t: TestDatabase;
beforeEach(() => {
  t = openTestDatabase();
  createRegistrationImporter({
    db: t.db,
    clock: () => new Date('2025-03-02T03:00:00Z'),
    random: deterministicRandom(),
    logger: silentLogger,
  }).importLines(importLine({ idNumber: '012345678', dateOfBirth: '1990-03' }));
});
afterEach(() => t.close());

describe('the officer’s side-by-side view', () => {
  it('compares a form’s CMND with the old-ID field of the card scanned at the counter, and shows a partial birth date', () => {
    const id = (t.db.prepare('SELECT id FROM registrations').get() as { id: number }).id;
    const card = { idNumber: '001190012345', fullName: 'Nguyễn Thị Lan Anh', dateOfBirth: '1990-03-15', gender: 'female' as const };
    const detail = createRegistrationDetails(t.db).detail(id, { ...card, oldIdNumber: '012345678' });
    expect(detail.fields.find((f) => f.field === 'idNumber')).toMatchObject({
      form: '012345678',
      card: '012345678',
      counterResult: 'match-old-id',
    });
    expect(detail.fields.find((f) => f.field === 'dateOfBirth')).toMatchObject({
      form: '03/1990',
      card: '15/03/1990',
      counterResult: 'match',
    });
    const noOldId = createRegistrationDetails(t.db).detail(id, { ...card, oldIdNumber: null });
    expect(noOldId.fields.find((f) => f.field === 'idNumber')?.counterResult).toBe('unverifiable');
    expect(noOldId.fields.map((f) => f.field)).not.toContain('cardNumber');
    expect(noOldId.cardDiscrepancies).toEqual([]);
  });

  it('shows the officer exactly what a wrongly built card number disagrees with', () => {
    const id = (t.db.prepare('SELECT id FROM registrations').get() as { id: number }).id;
    const card = {
      idNumber: '001090012345',
      fullName: 'Nguyễn Thị Lan Anh',
      dateOfBirth: '1990-03-15',
      gender: 'female' as const,
      discrepancies: [{ field: 'gender' as const, fromIdNumber: 'male', onCard: 'female' }],
    };
    const detail = createRegistrationDetails(t.db).detail(id, card);
    expect(detail.cardDiscrepancies).toEqual(['gender']);
    expect(detail.fields.find((f) => f.field === 'cardNumber')).toMatchObject({ form: 'Nam', card: 'Nữ', counterResult: 'discrepant' });
  });
});
