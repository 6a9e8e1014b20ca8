import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldKey } from '../../../../../main/domain/text/vi-text';
import { createInsuranceNumberOwner, identityOfFormId } from '../../../../../main/services/registrations/insurance-number-owner';
import { openTestDatabase, type TestDatabase } from '../../../../support/registration-test-kit';

let t: TestDatabase;
let owner: ReturnType<typeof createInsuranceNumberOwner>;

beforeEach(() => {
  t = openTestDatabase();
  const person = t.db.prepare(
    'INSERT INTO persons (insurance_number, id_number, old_id_number, full_name, name_key, date_of_birth, gender) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  person.run('0123456789', '079085004321', '025123456', 'Trần Văn Đức', foldKey('Trần Văn Đức'), '1985-07-20', 'male');
  person.run('0112345678', '001192012345', null, 'Nguyễn Thị Lan Anh', foldKey('Nguyễn Thị Lan Anh'), '1992-01-01', 'female');
  owner = createInsuranceNumberOwner(t.db);
});
afterEach(() => t.close());

describe('insurance number ownership', () => {
  it('the 12-digit CCCD of the person holding the mã số owns it', () => {
    expect(owner.ownership('0123456789', { idNumber: '079085004321', oldIdNumber: null })).toBe('owner');
  });

  it('the old 9-digit CMND of the person holding the mã số owns it', () => {
    expect(owner.ownership('0123456789', { idNumber: null, oldIdNumber: '025123456' })).toBe('owner');
    expect(owner.ownership('0123456789', identityOfFormId('025 123 456'))).toBe('owner');
  });

  it('another person’s CCCD or CMND does not own it', () => {
    expect(owner.ownership('0123456789', { idNumber: '001192012345', oldIdNumber: null })).toBe('other-person');
    expect(owner.ownership('0123456789', identityOfFormId('025123457'))).toBe('other-person');
    // A passport number identifies nobody in the persons table: never the owner of a known mã số.
    expect(owner.ownership('0123456789', identityOfFormId('C1234567'))).toBe('other-person');
  });

  it('an unknown mã số is someone else’s when this person already holds another one', () => {
    expect(owner.ownership('0999999999', { idNumber: '001192012345', oldIdNumber: null })).toBe('other-person');
    expect(owner.ownership('0999999999', identityOfFormId('025123456'))).toBe('other-person');
  });

  it('an unknown mã số for a person the table does not know is left to the officer; no mã số is reported as such', () => {
    expect(owner.ownership('0999999999', { idNumber: '036215000777', oldIdNumber: null })).toBe('unknown');
    expect(owner.ownership(null, { idNumber: '079085004321', oldIdNumber: null })).toBe('no-number');
  });
});
