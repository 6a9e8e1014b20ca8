/**
 * The counter's detail view of one registration: the form's values next to the kiosk check's verdict per field
 * (the kiosk stores only verdicts, never the scanned values) and, when the officer scans the citizen's CCCD at the
 * counter, the card's own values compared with the same rules as the kiosk.
 */
import { KioskFailure } from '../../../preload/contract/result';
import type { CheckedFieldName, FieldResultView, RegistrationDetail, RejectReason } from '../../../preload/contract/channels/officer';
import type { Database } from '../../db/open-database';
import type { CardDiscrepancy, CccdCode, Gender } from '../../domain/codes/code-types';
import { compareWithCccd, displayDate } from '../registrations/kiosk-check';
import { createRegistrationAddress } from '../registrations/registration-address';
import { REGISTRATION_VALIDITY_MS, type RegistrationRow } from '../registrations/registration-types';

export interface CounterCard {
  readonly idNumber: string;
  /** The card's old CMND field, compared with a CMND written on the form. */
  readonly oldIdNumber?: string | null | undefined;
  readonly discrepancies?: readonly CardDiscrepancy[] | undefined;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly gender: Gender;
}

const FIELDS: readonly CheckedFieldName[] = ['idNumber', 'fullName', 'dateOfBirth', 'gender', 'address', 'cardNumber'];

export function createRegistrationDetails(db: Database): {
  detail(id: number, card?: CounterCard): Omit<RegistrationDetail, 'paperFormScanned'>;
} {
  const byId = db.prepare('SELECT * FROM registrations WHERE id = ?');
  const lastCheck = db.prepare(
    'SELECT ref, at, overall, outcome FROM registration_checks WHERE registration_id = ? ORDER BY id DESC LIMIT 1',
  );
  const lastTicket = db.prepare(
    "SELECT number, COALESCE(counter, '') AS counter, state FROM queue_tickets WHERE registration_id = ? AND state <> 'abandoned' ORDER BY id DESC LIMIT 1",
  );

  const addressOf = createRegistrationAddress(db);

  return {
    detail(id, card) {
      const row = byId.get(id) as RegistrationRow | undefined;
      if (row === undefined) throw new KioskFailure('not-found', 'no such registration');
      const check = lastCheck.get(id) as
        { ref: string; at: string; overall: 'match' | 'needs-officer' | 'mismatch'; outcome: string } | undefined;
      type StoredOutcome = Partial<Record<CheckedFieldName, FieldResultView>> & { cardDiscrepancies?: CardDiscrepancy['field'][] };
      const stored: StoredOutcome = check === undefined ? {} : (JSON.parse(check.outcome) as StoredOutcome);
      const { cardDiscrepancies: kioskDiscrepancies = [], ...kiosk } = stored;
      const ticket = lastTicket.get(id) as { number: number; counter: string; state: string } | undefined;
      const form: Record<CheckedFieldName, string> = {
        idNumber: row.id_number ?? '',
        fullName: row.full_name ?? '',
        dateOfBirth: row.date_of_birth === null ? '' : displayDate(row.date_of_birth),
        gender: row.gender ?? '',
        address: addressOf(row),
        // What the card's number implies is known only from a card scanned here (the kiosk keeps verdicts only).
        cardNumber: '',
      };
      const counter =
        card === undefined || row.full_name === null || row.id_number === null || row.date_of_birth === null || row.gender === null
          ? null
          : compareWithCccd(
              {
                idNumber: row.id_number,
                fullName: row.full_name,
                dateOfBirth: row.date_of_birth,
                gender: row.gender,
                address: form.address,
              },
              {
                ...card,
                kind: 'cccd',
                oldIdNumber: card.oldIdNumber ?? null,
                address: '',
                issueDate: null,
                extraFields: [],
                discrepancies: card.discrepancies ?? [],
              } satisfies CccdCode,
            );
      return {
        registrationId: row.id,
        registrationCode: row.code,
        state: row.state,
        source: row.source,
        createdAt: row.created_at,
        expiresAt: new Date(Date.parse(row.created_at) + REGISTRATION_VALIDITY_MS).toISOString(),
        insuranceNumber: row.insurance_number,
        phone: row.phone,
        email: row.email,
        officeCode: row.office_code,
        ticket: ticket ?? null,
        check: check === undefined ? null : { ref: check.ref, at: check.at, overall: check.overall },
        // The card-number row only when the kiosk or the counter scan found the number disagreeing with the card.
        fields: FIELDS.filter(
          (field) => field !== 'cardNumber' || kiosk.cardNumber !== undefined || counter?.some((f) => f.field === 'cardNumber'),
        ).map((field) => {
          const c = counter?.find((f) => f.field === field);
          const cardValue = c === undefined || field === 'address' ? null : field === 'gender' ? (card?.gender ?? null) : c.card;
          return {
            field,
            form: field === 'cardNumber' ? (c?.form ?? '') : form[field],
            card: cardValue,
            kioskResult: kiosk[field] ?? null,
            counterResult: c === undefined || field === 'address' ? null : c.result,
          };
        }),
        decidedAt: row.decided_at,
        rejectReason: row.reject_reason_code as RejectReason | null,
        cardDiscrepancies: [...new Set([...kioskDiscrepancies, ...(card?.discrepancies ?? []).map((d) => d.field)])],
      };
    },
  };
}
