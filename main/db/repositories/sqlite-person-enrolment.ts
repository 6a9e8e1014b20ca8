/**
 * The one place a person row is written outside the demo seeder: a Form 01 approved for someone the office has no
 * record of (no mã số on the form, or a mã số nobody holds) enrols that person, so the counter's BHYT card step and the
 * citizen's records find them afterwards. The caller runs it inside the approval's transaction.
 */
import type { Database } from '../open-database';

export interface NewPerson {
  readonly insuranceNumber: string;
  readonly idNumber: string | null;
  readonly oldIdNumber: string | null;
  readonly fullName: string;
  /** foldKey(fullName), for the name search. */
  readonly nameKey: string;
  readonly dateOfBirth: string;
  readonly gender: 'male' | 'female';
  readonly phone: string | null;
  readonly email: string | null;
  readonly provinceCode: string | null;
  readonly wardCode: string | null;
  readonly address: string | null;
}

export interface PersonEnrolment {
  /** The mã số of the person holding this 12-digit CCCD or 9-digit CMND, if any. */
  numberOfIdentity(idNumber: string | null, oldIdNumber: string | null): string | null;
  /** Whether a person or an account already uses this mã số. */
  numberInUse(insuranceNumber: string): boolean;
  insert(person: NewPerson): void;
  setRegistrationNumber(registrationId: number, insuranceNumber: string): void;
}

export function createSqlitePersonEnrolment(db: Database): PersonEnrolment {
  const byIdentity = db.prepare('SELECT insurance_number FROM persons WHERE id_number = ? OR old_id_number = ? LIMIT 1');
  const inUse = db.prepare(
    'SELECT 1 FROM persons WHERE insurance_number = ? UNION ALL SELECT 1 FROM accounts WHERE insurance_number = ? LIMIT 1',
  );
  const insert = db.prepare(
    `INSERT INTO persons (insurance_number, id_number, old_id_number, full_name, name_key, date_of_birth, gender, phone, email,
       province_code, ward_code, address) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const setNumber = db.prepare('UPDATE registrations SET insurance_number = ? WHERE id = ?');
  return {
    numberOfIdentity(idNumber, oldIdNumber) {
      if (idNumber === null && oldIdNumber === null) return null;
      const row = byIdentity.get(idNumber ?? '', oldIdNumber ?? '') as { insurance_number: string } | undefined;
      return row?.insurance_number ?? null;
    },
    numberInUse: (n) => inUse.get(n, n) !== undefined,
    insert(p) {
      insert.run(
        p.insuranceNumber,
        p.idNumber,
        p.oldIdNumber,
        p.fullName,
        p.nameKey,
        p.dateOfBirth,
        p.gender,
        p.phone,
        p.email,
        p.provinceCode,
        p.wardCode,
        p.address,
      );
    },
    setRegistrationNumber: (id, n) => void setNumber.run(n, id),
  };
}
