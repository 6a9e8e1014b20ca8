/** Shared shapes of the Form 01 registration services (rows as stored, and the public types built from them). */
import type { Gender } from '../../domain/codes/code-types';

export type RegistrationState = 'submitted' | 'checked-at-kiosk' | 'approved' | 'rejected' | 'expired';
export type RegistrationSource = 'portal' | 'kiosk';

/** A registration is valid for this long after it was submitted (VssID rule: bring the form within 10 days). */
export const REGISTRATION_VALIDITY_MS = 10 * 24 * 3_600_000;

export interface RegistrationRow {
  readonly id: number;
  readonly code: string;
  readonly full_name: string | null;
  readonly insurance_number: string | null;
  readonly id_number: string | null;
  readonly date_of_birth: string | null;
  readonly gender: Gender | null;
  readonly province_code: string | null;
  readonly ward_code: string | null;
  readonly street: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly office_code: string;
  readonly source: RegistrationSource;
  readonly created_at: string;
  readonly state: RegistrationState;
  readonly checked_at: string | null;
  readonly decided_at: string | null;
  readonly decided_by: string | null;
  readonly reject_reason_code: string | null;
  readonly reject_note: string | null;
  readonly erased_at: string | null;
  readonly external_id: string | null;
}

/** Non-personal reference used in audit entries and logs. */
export const registrationRef = (id: number): string => `registration:${id}`;

/** True when the registration's 10 days have run out at `now` (and it is still waiting). */
export function isPastDeadline(row: Pick<RegistrationRow, 'created_at'>, now: Date): boolean {
  return now.getTime() - Date.parse(row.created_at) >= REGISTRATION_VALIDITY_MS;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Vietnam has no daylight saving: UTC+7 all year, so a fixed offset is exact. */
function vietnamParts(at: Date): { y: string; m: string; d: string; hh: string; mm: string } {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return {
    y: String(local.getUTCFullYear()),
    m: pad(local.getUTCMonth() + 1),
    d: pad(local.getUTCDate()),
    hh: pad(local.getUTCHours()),
    mm: pad(local.getUTCMinutes()),
  };
}

/** Calendar day in Vietnam, 'YYYY-MM-DD' (queue numbers restart every day). */
export function vietnamDay(at: Date): string {
  const p = vietnamParts(at);
  return `${p.y}-${p.m}-${p.d}`;
}

/** 'dd/mm/yyyy HH:mm' in Vietnam time. */
export function vietnamDateTime(at: Date): string {
  const p = vietnamParts(at);
  return `${p.d}/${p.m}/${p.y} ${p.hh}:${p.mm}`;
}
