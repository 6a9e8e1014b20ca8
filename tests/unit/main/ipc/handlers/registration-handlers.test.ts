import { createCardAddressResolver } from '../../../../../main/domain/address/card-address';
import { loadAdministrativeUnits } from '../../../../../main/data/administrative-units';
import { loadWardMappings } from '../../../../../main/data/ward-mappings';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintOutcome } from '../../../../../native/devices/device-state';
import type { Receipt } from '../../../../../native/printer/receipt';
import type { BhytCode, CccdCode, ParsedCode } from '../../../../../main/domain/codes/code-types';
import { silentLogger } from '../../../../../main/logging/logger';
import { createEventBus } from '../../../../../main/ipc/event-bus';
import { createPrintQueue } from '../../../../../main/services/printing/print-queue';
import { createKioskRegistrations } from '../../../../../main/services/registrations/kiosk-registration';
import { createRegistrationsService } from '../../../../../main/services/registrations/registrations-service';
import { cccdOf, deterministicRandom, importLine, openTestDatabase } from '../../../../support/registration-test-kit';
import type { TestDatabase } from '../../../../support/registration-test-kit';
import { failureOf } from '../../../../support/service-test-kit';
import type { CallContext } from '../../../../../main/ipc/dispatcher';
import { CARD_SCAN_TTL_MS } from '../../../../../main/services/devices/last-card-scan';
import { registrationHandlers } from '../../../../../main/ipc/handlers/registration-handlers';
import type { RegistrationHandlerDeps } from '../../../../../main/ipc/handlers/registration-handlers';

const ctx: CallContext = { clientId: 'kiosk-1', transport: 'browser-host' };
const NOW = new Date('2025-03-02T02:00:00Z');

/** The reader's memory as the devices service keeps it: the newest scan per kind. */
function scanMemory() {
  const scans = new Map<ParsedCode['kind'], ParsedCode>();
  const asked = new Set<number>();
  return {
    asked,
    scan: (code: ParsedCode) => scans.set(code.kind, code),
    lastScan: <K extends ParsedCode['kind']>(kind: K, maxAgeMs: number) => {
      asked.add(maxAgeMs);
      return (scans.get(kind) ?? null) as Extract<ParsedCode, { kind: K }> | null;
    },
    forgetScans: () => scans.clear(),
  };
}

const bhytOf = (overrides: Partial<BhytCode> = {}): BhytCode => ({
  kind: 'bhyt',
  template: '1666-17',
  cardCode: '0123456789',
  insuranceNumber: '0123456789',
  insuranceNumberSource: 'card-code',
  fullName: 'Nguyễn Thị Lan Anh',
  dateOfBirth: '1990-03-15',
  gender: 'female',
  address: null,
  facilityCode: '01001',
  validFrom: '2025-01-01',
  validTo: null,
  issueDate: '2025-01-05',
  managementCode: null,
  guardianName: null,
  fiveYearsContinuousFrom: null,
  checksum: 'x',
  checkSuffix: null,
  benefitCode: '4',
  field14: null,
  issuedBy: null,
  ...overrides,
});

let t: TestDatabase | null = null;
afterEach(() => {
  t?.close();
  t = null;
});

function setup(outcomes: PrintOutcome[], knownPerson?: RegistrationHandlerDeps['knownPerson']) {
  t = openTestDatabase();
  const { db } = t;
  const clock = () => NOW;
  const registrations = createRegistrationsService({
    db,
    clock,
    random: deterministicRandom(3),
    logger: silentLogger,
    accounts: { createAccount: () => Promise.reject(new Error('unused')), accountRefOf: () => 'unused' } as never,
  });
  registrations.importLines(importLine());
  const code = (db.prepare('SELECT code FROM registrations').get() as { code: string }).code;
  const bus = createEventBus();
  const printed: Receipt[] = [];
  const printQueue = createPrintQueue({
    db,
    logger: silentLogger,
    onJob: (job) => bus.emit('devices:printJob', job),
    printer: {
      print: (r) => {
        const o = outcomes.shift() ?? { ok: true };
        if (o.ok) printed.push(r);
        return Promise.resolve(o);
      },
    },
  });
  const scans = scanMemory();
  const h = registrationHandlers({
    registrations,
    kiosk: createKioskRegistrations({ db, clock, logger: silentLogger }),
    scans,
    printQueue,
    bus,
    otp: {} as never,
    clock,
    wardsOf: () => [],
    counter: '1',
    ...(knownPerson === undefined ? {} : { knownPerson }),
    resolveAddress: createCardAddressResolver({ ...loadAdministrativeUnits(), mappings: loadWardMappings() }),
  });
  return { db, code, scans, printed, h: h.handlers, endVisit: h.endVisit };
}

describe('registration handlers', () => {
  it('compares with the card the host read, and says so when there is none or it is a BHYT card', async () => {
    const { code, scans, h } = setup([]);
    const none = await failureOf(() => h['registration:check']({ code }, ctx));
    expect([none.code, none.detail?.reason]).toEqual(['expired', 'no-card-scan']);
    scans.scan(bhytOf());
    const bhyt = await failureOf(() => h['registration:check']({ code }, ctx));
    expect([bhyt.code, bhyt.detail?.reason]).toEqual(['unsupported-code', 'wrong-card-type']);
    scans.scan(cccdOf({ fullName: 'Nguyễn Thi Lan Anh' }) satisfies CccdCode);
    const outcome = await h['registration:check']({ code }, ctx);
    expect(outcome.overall).toBe('needs-officer');
    expect(outcome.fields.find((f) => f.field === 'fullName')?.result).toBe('diacritics-only');
    // The same "recent scan" as sign-in and lookup (last-card-scan.ts), not a TTL of its own.
    expect([...scans.asked]).toEqual([CARD_SCAN_TTL_MS]);
  });

  it('no print, no ticket: a refused print abandons the number and withdraws the job; the retry gets the same number (nobody holds it)', async () => {
    const { db, code, scans, printed, h } = setup([{ ok: false, reason: 'paper-out', sent: false, message: 'paper out' }]);
    scans.scan(cccdOf());
    await h['registration:check']({ code }, ctx);
    const refused = await failureOf(() => h['registration:printTicket']({}, ctx));
    expect([refused.code, refused.detail?.reason]).toEqual(['printer-not-ready', 'paper-out']);
    expect(printed).toHaveLength(0);
    expect(db.prepare('SELECT state, last_error FROM print_jobs').all()).toEqual([{ state: 'failed', last_error: 'cancelled' }]);
    expect(db.prepare('SELECT state FROM registrations').get()).toEqual({ state: 'submitted' });

    const ticket = await h['registration:printTicket']({}, ctx);
    expect(ticket.number).toBe(1); // before issue #17 the failed print burned number 1 and this was 2
    expect(printed).toHaveLength(1);
    // Its own print job, not the withdrawn one of the failed attempt (the ticket row, and maybe its id, is new).
    expect(db.prepare('SELECT state FROM print_jobs ORDER BY id').all()).toEqual([{ state: 'failed' }, { state: 'printed' }]);
    expect(printed[0]?.lines).toContainEqual({ kind: 'qr', data: ticket.checkRef });
    expect(db.prepare('SELECT state FROM registrations').get()).toEqual({ state: 'checked-at-kiosk' });
    // The check was used up by the ticket: a second ticket needs a new check.
    const again = await failureOf(() => h['registration:printTicket']({}, ctx));
    expect(again.detail?.reason).toBe('not-checked');
  });

  it('prefills from the CCCD and takes the mã số BHXH only from a BHYT card of the same person', async () => {
    const { scans, h, endVisit } = setup([]);
    scans.scan(cccdOf());
    scans.scan(bhytOf({ fullName: 'Trần Văn Đức', insuranceNumber: '0999999999' }));
    expect((await h['registration:selfPrefill']({}, ctx)).insuranceNumber).toBeNull();
    scans.scan(bhytOf());
    const prefill = await h['registration:selfPrefill']({}, ctx);
    // The street part is everything before the ward; the old Hà Nội ward is mapped to its 2025 unit(s).
    expect(prefill).toMatchObject({
      fullName: 'Nguyễn Thị Lan Anh',
      insuranceNumber: '0123456789',
      street: 'Số 12 Đội Cấn',
      provinceCode: '01',
    });
    expect(prefill.wardCode !== null || prefill.wardCandidates.length > 1).toBe(true);
    scans.scan(cccdOf({ address: 'Xóm 1, Thôn Phước Bình, Xã Phước Sơn, Huyện Tuy Phước, Tỉnh Bình Định' }));
    expect(await h['registration:selfPrefill']({}, ctx)).toMatchObject({ street: 'Xóm 1, Thôn Phước Bình', provinceCode: '52' });
    endVisit(ctx.clientId);
    const gone = await failureOf(() => h['registration:selfPrefill']({}, ctx));
    expect(gone.detail?.reason).toBe('no-card-scan');
  });

  it('says when the CCCD holder already has an account, and takes the mã số the office knows without a BHYT card', async () => {
    const known = new Map([[cccdOf().idNumber, { insuranceNumber: '0123456789', hasAccount: true }]]);
    const { scans, h } = setup([], (idNumber) => known.get(idNumber) ?? null);
    scans.scan(cccdOf());
    expect(await h['registration:selfPrefill']({}, ctx)).toMatchObject({ insuranceNumber: '0123456789', existingAccount: true });
    known.set(cccdOf().idNumber, { insuranceNumber: '0123456789', hasAccount: false });
    expect(await h['registration:selfPrefill']({}, ctx)).toMatchObject({ insuranceNumber: '0123456789', existingAccount: false });
    known.clear();
    expect(await h['registration:selfPrefill']({}, ctx)).toMatchObject({ insuranceNumber: null, existingAccount: false });
  });
});
