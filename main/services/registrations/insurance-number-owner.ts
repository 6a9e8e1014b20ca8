/**
 * Whose mã số BHXH a Form 01 carries. A form is typed by whoever files it, so a genuine CCCD and another person's
 * mã số on one form is an account takeover (the initial password would go to the filer's phone and the account
 * would open the other person's records). The persons table decides: the mã số must belong to the person whose
 * 12-digit CCCD (or old 9-digit CMND) is on the card or the form, and that person must not own another mã số.
 */
import type { Database } from '../../db/open-database';
import { classifyPersonId } from '../../domain/person/person-id';

/**
 * 'owner': the mã số belongs to this person; 'other-person': it belongs to someone else, or this person already
 * holds a different mã số; 'unknown': no person row has this mã số and none has this ID (the officer decides);
 * 'no-number': the form carries no mã số.
 */
export type InsuranceNumberOwnership = 'owner' | 'other-person' | 'unknown' | 'no-number';

/** The identity the mã số is checked against: a 12-digit CCCD, and the old 9-digit CMND when known. */
export interface IdentityNumbers {
  readonly idNumber: string | null;
  readonly oldIdNumber: string | null;
}

interface OwnerRow {
  readonly insurance_number: string;
  readonly id_number: string | null;
  readonly old_id_number: string | null;
}

/** The numbers a form's "Số CCCD/CMND" field stands for (a passport number identifies nobody in the persons table). */
export function identityOfFormId(formId: string | null): IdentityNumbers {
  const id = formId === null ? null : classifyPersonId(formId);
  if (id?.kind === 'cccd') return { idNumber: id.value, oldIdNumber: null };
  if (id?.kind === 'cmnd') return { idNumber: null, oldIdNumber: id.value };
  return { idNumber: null, oldIdNumber: null };
}

export function createInsuranceNumberOwner(db: Database): {
  ownership(insuranceNumber: string | null, who: IdentityNumbers): InsuranceNumberOwnership;
} {
  const byNumber = db.prepare('SELECT insurance_number, id_number, old_id_number FROM persons WHERE insurance_number = ?');
  const byIds = db.prepare('SELECT insurance_number, id_number, old_id_number FROM persons WHERE id_number = ? OR old_id_number = ?');

  const isThisPerson = (p: OwnerRow, who: IdentityNumbers): boolean =>
    (who.idNumber !== null && p.id_number === who.idNumber) || (who.oldIdNumber !== null && p.old_id_number === who.oldIdNumber);

  return {
    ownership(insuranceNumber, who) {
      if (insuranceNumber === null) return 'no-number';
      const owner = byNumber.get(insuranceNumber) as OwnerRow | undefined;
      if (owner !== undefined) return isThisPerson(owner, who) ? 'owner' : 'other-person';
      // Nobody holds this mã số: it is still someone else's form if this person already holds another one.
      const held = byIds.all(who.idNumber ?? '', who.oldIdNumber ?? '') as OwnerRow[];
      return held.some((p) => isThisPerson(p, who)) ? 'other-person' : 'unknown';
    },
  };
}
