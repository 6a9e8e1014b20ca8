/**
 * VssID accounts for the four demo persons, created on first start so the sign-in and records screens can be shown
 * and tested. Everyone uses the documented demo password (README "Demo accounts"); Lê Minh Khôi's account is left
 * in the "change the password at first login" state, the others changed theirs recently.
 */
import type { Database } from '../db/open-database';
import type { AccountsService } from '../services/accounts/accounts-service';
import { DEMO_PERSONS } from './demo-persons';

export const DEMO_PASSWORD = 'Kiosk2026';
/** Lê Minh Khôi: must change the password at first sign-in. */
export const DEMO_FIRST_LOGIN_INSURANCE_NUMBER = '3602150777';

/** Creates the missing demo accounts; returns how many were created. Idempotent. */
export async function ensureDemoAccounts(db: Database, accounts: AccountsService, clock: () => Date): Promise<number> {
  let created = 0;
  for (const person of DEMO_PERSONS) {
    const r = await accounts.createAccount({
      insuranceNumber: person.insuranceNumber,
      initialPassword: DEMO_PASSWORD,
      idempotencyKey: `demo-account:${person.insuranceNumber}`,
      createdByRef: 'system:demo-seed',
    });
    if (!r.created) continue;
    created++;
    if (person.insuranceNumber !== DEMO_FIRST_LOGIN_INSURANCE_NUMBER) {
      // Changed a week ago: well inside the 6-month rule, so no forced change.
      const changedAt = new Date(clock().getTime() - 7 * 24 * 3_600_000).toISOString();
      db.prepare('UPDATE accounts SET must_change_password = 0, password_changed_at = ? WHERE insurance_number = ?').run(
        changedAt,
        person.insuranceNumber,
      );
    }
  }
  return created;
}
