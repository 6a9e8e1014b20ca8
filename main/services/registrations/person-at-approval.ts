/**
 * Who the approved account belongs to, settled at approval. Form 01 may be filed without a mã số BHXH (a first-time
 * participant does not have one yet), and a form may carry a mã số the office's registry does not hold. Before, the
 * account was refused ("no insurance number") or created for a number no person held, so the counter's BHYT card step
 * said "no participant with this mã số". Now:
 * - no mã số, but the registry knows the person by CCCD/CMND: the form takes that person's mã số;
 * - no mã số and nobody known: a new mã số is allocated and the person is enrolled from the form;
 * - a mã số nobody holds (and this person holds no other): the person is enrolled under it;
 * - a mã số that belongs to the person: nothing to do. (Another person's mã số is refused before this runs.)
 * `plan` runs before the password is hashed; `apply` inside the account's transaction, so a failed approval leaves no
 * person behind and a retry plans again.
 */
import { randomInt } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import type { Database } from '../../db/open-database';
import { createSqlitePersonEnrolment, type NewPerson } from '../../db/repositories/sqlite-person-enrolment';
import { foldKey } from '../../domain/text/vi-text';
import { identityOfFormId } from './insurance-number-owner';
import { createRegistrationAddress } from './registration-address';
import type { RegistrationRow } from './registration-types';
import { isInsuranceNumber } from '../../../preload/contract/insurance-number';

export type PersonPlan =
  | { readonly kind: 'known'; readonly insuranceNumber: string }
  | { readonly kind: 'adopt'; readonly insuranceNumber: string }
  | { readonly kind: 'enrol'; readonly insuranceNumber: string; readonly allocated: boolean };

export interface PersonAtApproval {
  plan(row: RegistrationRow): PersonPlan;
  /** A supervisor's override of another owner: the mã số is used as it is, and nobody is enrolled under it. */
  keep(insuranceNumber: string): PersonPlan;
  /** Inside the approval transaction; answers what the audit entry should say ('person-enrolled', …) or null. */
  apply(row: RegistrationRow, plan: PersonPlan): 'number-adopted' | 'person-enrolled' | null;
}

/** Ten digits, not starting with 0 so it never looks like a truncated number; drawn until unused. */
const MAX_DRAWS = 50;

export function createPersonAtApproval(
  db: Database,
  draw: () => string = () => String(randomInt(1_000_000_000, 10_000_000_000)),
): PersonAtApproval {
  const people = createSqlitePersonEnrolment(db);
  const addressOf = createRegistrationAddress(db);
  const known = db.prepare('SELECT 1 FROM persons WHERE insurance_number = ?');

  const newNumber = (): string => {
    for (let i = 0; i < MAX_DRAWS; i += 1) {
      const n = draw();
      if (isInsuranceNumber(n) && !people.numberInUse(n)) return n;
    }
    throw new KioskFailure('internal', 'could not allocate a free insurance number');
  };

  const personOf = (row: RegistrationRow, insuranceNumber: string): NewPerson => {
    if (row.full_name === null || row.date_of_birth === null || row.gender === null) {
      throw new KioskFailure('conflict', 'the form lacks the name, date of birth or gender needed to enrol the person', {
        reason: 'form-incomplete',
      });
    }
    const who = identityOfFormId(row.id_number);
    const address = addressOf(row);
    return {
      insuranceNumber,
      idNumber: who.idNumber,
      oldIdNumber: who.oldIdNumber,
      fullName: row.full_name,
      nameKey: foldKey(row.full_name),
      dateOfBirth: row.date_of_birth,
      gender: row.gender,
      phone: row.phone,
      email: row.email,
      provinceCode: row.province_code,
      wardCode: row.ward_code,
      address: address === '' ? null : address,
    };
  };

  return {
    plan(row) {
      if (row.insurance_number !== null) {
        return known.get(row.insurance_number) !== undefined
          ? { kind: 'known', insuranceNumber: row.insurance_number }
          : { kind: 'enrol', insuranceNumber: row.insurance_number, allocated: false };
      }
      const who = identityOfFormId(row.id_number);
      const held = people.numberOfIdentity(who.idNumber, who.oldIdNumber);
      if (held !== null) return { kind: 'adopt', insuranceNumber: held };
      personOf(row, '0000000000'); // refuses an incomplete form before a password is hashed
      return { kind: 'enrol', insuranceNumber: newNumber(), allocated: true };
    },

    keep: (insuranceNumber) => ({ kind: 'known', insuranceNumber }),

    apply(row, plan) {
      if (plan.kind === 'known') return null;
      if (plan.kind === 'adopt') {
        people.setRegistrationNumber(row.id, plan.insuranceNumber);
        return 'number-adopted';
      }
      // The UNIQUE index is the final word if another station took the drawn number meanwhile: the transaction fails
      // and the officer's retry draws again.
      people.insert(personOf(row, plan.insuranceNumber));
      if (plan.allocated) people.setRegistrationNumber(row.id, plan.insuranceNumber);
      return 'person-enrolled';
    },
  };
}
