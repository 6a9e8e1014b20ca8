/**
 * Child process for the SIGKILL fault test (approval-faults.test.ts): approves every registration still waiting in
 * the given database, printing one line per step so the parent can kill it at chosen points. Not used in production.
 * Usage: node --import tsx approval-fault-child.ts <database file>
 */
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../main/db/open-database';
import { silentLogger } from '../../main/logging/logger';
import { createAccountsService } from '../../main/services/accounts/accounts-service';
import { TEST_PASSWORD_HASHING } from '../../main/services/accounts/password-hasher';
import { createOutbox } from '../../main/services/notifications/outbox';
import { createOtpService } from '../../main/services/otp/otp-service';
import { createOfficerDecisions } from '../../main/services/registrations/officer-decisions';

async function main(file: string): Promise<void> {
  const db = openDatabase(file);
  const clock = (): Date => new Date();
  const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
  const outbox = createOutbox({ db, clock });
  const otp = createOtpService({ db, clock, random, logger: silentLogger, outbox });
  const accounts = createAccountsService({ db, clock, random, logger: silentLogger, otp, hashing: TEST_PASSWORD_HASHING });
  const decisions = createOfficerDecisions({ db, clock, logger: silentLogger, accounts, outbox });
  const ids = (
    db.prepare("SELECT id FROM registrations WHERE state IN ('submitted', 'checked-at-kiosk') ORDER BY id").all() as { id: number }[]
  ).map((r) => r.id);
  process.stdout.write('ready\n');
  for (const id of ids) {
    await decisions.approve({ registrationId: id, officerId: 1, paperFormSigned: true });
    process.stdout.write(`approved ${id}\n`);
  }
  db.close();
  process.stdout.write('done\n');
}

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write('usage: approval-fault-child.ts <database file>\n');
  process.exit(64);
}
main(file).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
