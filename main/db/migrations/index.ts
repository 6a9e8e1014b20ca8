/**
 * The ordered migration registry. A new migration takes the number after the last one in this list (today: 0093),
 * in a file `00NN-name.ts` whose number is its `version`, appended at the end; never edit, renumber or reorder a
 * shipped one.
 *
 * Why "the next number", not a free slot in a range: migrate() applies what is above a database's highest version, so
 * a migration numbered below a shipped one (the old reserved ranges invited a new `0015`) would run on fresh databases
 * and never on existing ones. migrate() refuses that (SkippedMigrationError), and
 * tests/unit/db/migration-numbering.test.ts fails first: every file is listed, under its own number, and from 0090 on
 * the numbers are consecutive. The gaps below 0090 are history (the old reserved ranges), not room to fill.
 */
import type { Migration } from './migration';
import { referenceMigration } from './0001-reference';
import { personsMigration } from './0002-persons';
import { historyMigration } from './0003-history';
import { printJobsMigration } from './0014-print-jobs';
import { accountsMigration } from './0010-accounts';
import { notificationsMigration } from './0011-notifications';
import { auditMigration } from './0012-audit';
import { officersMigration } from './0013-officers';
import { registrationsMigration } from './0020-registrations';
import { supportMigration } from './0030-support';
import { heartbeatsMigration } from './0040-heartbeats';
import { cardPrintsMigration } from './0050-card-prints';
import { kioskSettingsMigration } from './0060-kiosk-settings';
import { directoryNameSearchMigration } from './0070-directory-name-search';
import { rateLimitsMigration } from './0090-rate-limits';
import { stationsMigration } from './0091-stations';
import { callRenewalMigration } from './0092-call-renewal';
import { servicesRatingsMigration } from './0093-services-ratings';

export const MIGRATIONS: readonly Migration[] = [
  referenceMigration,
  personsMigration,
  historyMigration,
  accountsMigration,
  notificationsMigration,
  auditMigration,
  officersMigration,
  printJobsMigration,
  registrationsMigration,
  supportMigration,
  heartbeatsMigration,
  cardPrintsMigration,
  kioskSettingsMigration,
  directoryNameSearchMigration,
  rateLimitsMigration,
  stationsMigration,
  callRenewalMigration,
  servicesRatingsMigration,
];
