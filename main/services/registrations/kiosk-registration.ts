/**
 * Form 01 filed at the kiosk itself: the personal fields come from the card the host itself read (never from the
 * renderer), the citizen adds phone, e-mail, contact address and office, and an OTP to that phone proves the
 * number is theirs before anything is stored. The new row is 'submitted' with source 'kiosk', like a portal import.
 */
import { randomBytes } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import type { Form01Data } from '../../../native/documents/form01-pdf';
import type { Database } from '../../db/open-database';
import type { Gender } from '../../domain/codes/code-types';
import { generateRegistrationCode } from '../../domain/codes/registration-code';
import { cleanText } from '../../domain/text/vi-text';
import type { Logger } from '../../logging/logger';
import { appendAudit } from '../audit/audit-log';
import { registrationRef, type RegistrationRow } from './registration-types';

export interface KioskRegistrationInput {
  readonly fullName: string;
  readonly insuranceNumber: string | null;
  readonly idNumber: string;
  /** 'YYYY-MM-DD', or 'YYYY' / 'YYYY-MM' when the card records only part of it. */
  readonly dateOfBirth: string;
  readonly gender: Gender;
  readonly provinceCode: string;
  readonly wardCode: string;
  readonly street: string;
  readonly phone: string;
  readonly email: string | null;
  readonly officeCode: string;
}

export interface CreatedRegistration {
  readonly id: number;
  readonly code: string;
  readonly createdAt: string;
}

export interface KioskRegistrations {
  /** Throws invalid-input (unknown ward/office) or conflict (a form for this ID is already waiting). */
  validate(input: KioskRegistrationInput): void;
  create(input: KioskRegistrationInput): CreatedRegistration;
  /** Everything the printable Form 01 needs, by code; not-found once the row is erased. */
  form01Data(code: string): Form01Data;
}

export function createKioskRegistrations(deps: {
  readonly db: Database;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly random?: (n: number) => Uint8Array;
}): KioskRegistrations {
  const { db, clock, logger } = deps;
  const random = deps.random ?? ((n: number) => new Uint8Array(randomBytes(n)));
  const wardProvince = db.prepare('SELECT province_code FROM wards WHERE code = ?');
  const office = db.prepare('SELECT name FROM offices WHERE code = ?');
  const waitingForId = db.prepare(
    "SELECT 1 FROM registrations WHERE id_number = ? AND state IN ('submitted', 'checked-at-kiosk') AND erased_at IS NULL LIMIT 1",
  );
  const byCode = db.prepare('SELECT 1 FROM registrations WHERE code = ?');
  const insert = db.prepare(
    `INSERT INTO registrations (code, full_name, insurance_number, id_number, date_of_birth, gender, province_code, ward_code,
       street, phone, email, office_code, source, created_at, state)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'kiosk', ?, 'submitted')`,
  );

  const validate = (input: KioskRegistrationInput): void => {
    const ward = wardProvince.get(input.wardCode) as { province_code: string } | undefined;
    if (ward?.province_code !== input.provinceCode)
      throw new KioskFailure('invalid-input', 'the ward does not belong to the province', { field: 'wardCode' });
    if (office.get(input.officeCode) === undefined) throw new KioskFailure('invalid-input', 'unknown office', { field: 'officeCode' });
    if (cleanText(input.street) === '') throw new KioskFailure('invalid-input', 'the street is required', { field: 'street' });
    if (waitingForId.get(input.idNumber) !== undefined)
      throw new KioskFailure('conflict', 'a registration for this ID card is already waiting', { reason: 'already-registered' });
  };

  const create = db.transaction((input: KioskRegistrationInput): CreatedRegistration => {
    validate(input);
    let code = generateRegistrationCode(random);
    while (byCode.get(code) !== undefined) code = generateRegistrationCode(random);
    const at = clock();
    const info = insert.run(
      code,
      cleanText(input.fullName),
      input.insuranceNumber,
      input.idNumber,
      input.dateOfBirth,
      input.gender,
      input.provinceCode,
      input.wardCode,
      cleanText(input.street),
      input.phone,
      input.email,
      input.officeCode,
      at.toISOString(),
    );
    const id = Number(info.lastInsertRowid);
    appendAudit(db, { at, actor: 'kiosk', action: 'registration.created-at-kiosk', subjectRef: registrationRef(id) });
    return { id, code, createdAt: at.toISOString() };
  });

  return {
    validate,
    create(input) {
      const created = create.immediate(input);
      logger.info('registration.created-at-kiosk', { registration: registrationRef(created.id) });
      return created;
    },
    form01Data(code) {
      const row = db.prepare('SELECT * FROM registrations WHERE code = ?').get(code) as RegistrationRow | undefined;
      if (
        row === undefined ||
        row.erased_at !== null ||
        row.full_name === null ||
        row.id_number === null ||
        row.date_of_birth === null ||
        row.gender === null ||
        row.phone === null
      )
        throw new KioskFailure('not-found', 'no printable registration with this code');
      const place = db
        .prepare('SELECT w.name AS ward, p.name AS province FROM wards w JOIN provinces p ON p.code = w.province_code WHERE w.code = ?')
        .get(row.ward_code) as { ward: string; province: string } | undefined;
      const officeName = (office.get(row.office_code) as { name: string } | undefined)?.name ?? row.office_code;
      return {
        registrationCode: row.code,
        fullName: row.full_name,
        insuranceNumber: row.insurance_number,
        idNumber: row.id_number,
        dateOfBirth: row.date_of_birth,
        gender: row.gender,
        address: { provinceName: place?.province ?? '-', wardName: place?.ward ?? '-', street: row.street ?? '-' },
        phone: row.phone,
        email: row.email,
        officeName,
        createdAt: row.created_at,
      };
    },
  };
}
