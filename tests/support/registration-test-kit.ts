/** Test helpers for the registration services: a real SQLite file in a temp folder with a few wards. */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../main/db/open-database';
import { silentLogger } from '../../main/logging/logger';
import { createAccountsService } from '../../main/services/accounts/accounts-service';
import { TEST_PASSWORD_HASHING } from '../../main/services/accounts/password-hasher';
import { createOutbox, type Outbox } from '../../main/services/notifications/outbox';
import { createOtpService } from '../../main/services/otp/otp-service';
import {
  createOfficerDecisions,
  type OfficerDecisions,
  type OfficerDecisionsDeps,
} from '../../main/services/registrations/officer-decisions';
import type { CccdCode } from '../../main/domain/codes/code-types';
import { foldKey } from '../../main/domain/text/vi-text';
import { openTempDatabase, type TempDatabase } from './service-test-kit';

export type TestDatabase = TempDatabase;

export function openTestDatabase(): TestDatabase {
  const t = openTempDatabase('kiosk-reg-');
  seedPlaces(t.db);
  return t;
}

export function seedPlaces(db: Database): void {
  const province = db.prepare('INSERT OR IGNORE INTO provinces (code, name, short_name, kind, name_key) VALUES (?, ?, ?, ?, ?)');
  const ward = db.prepare('INSERT OR IGNORE INTO wards (code, province_code, name, kind, name_key) VALUES (?, ?, ?, ?, ?)');
  province.run('01', 'Thành phố Hà Nội', 'Hà Nội', 'thanh-pho', foldKey('Thành phố Hà Nội'));
  province.run('79', 'Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'thanh-pho', foldKey('Thành phố Hồ Chí Minh'));
  ward.run('00004', '01', 'Phường Ba Đình', 'phuong', foldKey('Phường Ba Đình'));
  ward.run('26734', '79', 'Phường Sài Gòn', 'phuong', foldKey('Phường Sài Gòn'));
}

/** A valid import line (fictional person); override any field, or set it to undefined to drop it. */
export function importLine(overrides: Readonly<Record<string, unknown>> = {}): string {
  const base: Record<string, unknown> = {
    externalId: 'P-1',
    fullName: 'Nguyễn Thị Lan Anh',
    insuranceNumber: '0123456789',
    idNumber: '001190012345',
    dateOfBirth: '1990-03-15',
    gender: 'female',
    provinceCode: '01',
    wardCode: '00004',
    street: 'Số 12 phố Đội Cấn',
    phone: '0912345678',
    email: 'lananh@example.com',
    officeCode: '01001',
    createdAt: '2025-03-01T08:00:00+07:00',
  };
  return JSON.stringify({ ...base, ...overrides });
}

export function cccdOf(overrides: Partial<CccdCode> = {}): CccdCode {
  return {
    kind: 'cccd',
    idNumber: '001190012345',
    oldIdNumber: null,
    fullName: 'Nguyễn Thị Lan Anh',
    dateOfBirth: '1990-03-15',
    gender: 'female',
    address: 'Số 12 Đội Cấn, Phường Đội Cấn, Quận Ba Đình, Hà Nội',
    issueDate: '2021-06-01',
    extraFields: [],
    discrepancies: [],
    ...overrides,
  };
}

export const deterministicRandom = (seed = 1): ((n: number) => Uint8Array) => {
  let state = seed >>> 0;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      out[i] = state >>> 24;
    }
    return out;
  };
};

/** The officer decisions over real accounts, OTPs and outbox on the test database (fast test hashing). */
export function createTestDecisions(
  db: Database,
  clock: () => Date,
  extra: Pick<OfficerDecisionsDeps, 'finishTicketsOf'> = {},
): { decisions: OfficerDecisions; outbox: Outbox } {
  const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
  const outbox = createOutbox({ db, clock });
  const otp = createOtpService({ db, clock, random, logger: silentLogger, outbox });
  const accounts = createAccountsService({ db, clock, random, logger: silentLogger, otp, hashing: TEST_PASSWORD_HASHING });
  return { decisions: createOfficerDecisions({ db, clock, logger: silentLogger, accounts, outbox, ...extra }), outbox };
}
