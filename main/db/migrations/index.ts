/**
 * The ordered migration registry. Append new migrations at the end with the next version number;
 * never edit or reorder a shipped one.
 *
 * Versions 1–9 belong to the storage layer (reference, persons, history). Versions 10 and up are
 * reserved for other areas (accounts, registrations, queue, audit …): add `00NN-name.ts` exporting
 * a `Migration` and list it here.
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
