/**
 * Form 01 to the document printer: who may print what. A kiosk client prints only the registration it filed itself or
 * checked against its own CCCD scan; anything else is refused, whatever the screen asks. The printer is a real `lp`
 * stand-in on PATH (it keeps its arguments and the PDF), the database a real SQLite file, the OTP the real service.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfText, squeeze } from '../../../../support/pdf-testkit';
import { KioskFailure } from '../../../../../preload/contract/result';
import { silentLogger } from '../../../../../main/logging/logger';
import { verifyAudit } from '../../../../../main/services/audit/audit-log';
import { installFakeCupsStatus } from '../../../../support/fake-cups-status';
import { createLpCardPrinter } from '../../../../../main/services/cards/lp-card-printer';
import { createPrintQueue } from '../../../../../main/services/printing/print-queue';
import { createForm01Printing, FORM_PRINTED_ACTION } from '../../../../../main/services/registrations/form01-printing';
import { createKioskRegistrations } from '../../../../../main/services/registrations/kiosk-registration';
import { createRegistrationsService } from '../../../../../main/services/registrations/registrations-service';
import { cccdOf, deterministicRandom, importLine, openTestDatabase } from '../../../../support/registration-test-kit';
import type { TestDatabase } from '../../../../support/registration-test-kit';
import { createSmsOtpStack, failureOf } from '../../../../support/service-test-kit';
import type { ParsedCode } from '../../../../../main/domain/codes/code-types';
import type { CallContext } from '../../../../../main/ipc/dispatcher';
import { createEventBus } from '../../../../../main/ipc/event-bus';
import { form01PrintHandlers } from '../../../../../main/ipc/handlers/form01-print-handlers';
import { registrationHandlers } from '../../../../../main/ipc/handlers/registration-handlers';

const KIOSK: CallContext = { clientId: 'kiosk-1', transport: 'browser-host' };
const OTHER: CallContext = { clientId: 'kiosk-2', transport: 'browser-host' };
const COUNTER: CallContext = { clientId: 'counter-1', transport: 'browser-host' };
const NOW = new Date('2025-03-02T02:00:00Z');

let t: TestDatabase | null = null;
afterEach(() => {
  t?.close();
  t = null;
});

/** A stand-in for CUPS' lp: records each job's arguments and PDF; exits 1 while `jam` exists. The job completes. */
function fakeLp(dir: string): { env: NodeJS.ProcessEnv; jobs: () => string[]; args: (n: number) => string[]; pdf: (n: number) => Buffer } {
  const bin = join(dir, 'bin');
  const spool = join(dir, 'spool');
  mkdirSync(bin);
  mkdirSync(spool);
  writeFileSync(
    join(bin, 'lp'),
    [
      '#!/bin/sh',
      `if [ -e "${dir}/jam" ]; then echo "lp: printer jammed" >&2; exit 1; fi`,
      `n=$(ls "${spool}" | grep -c '\\.pdf$'); n=$((n + 1))`,
      `printf '%s\\n' "$@" > "${spool}/job-$n.args"`,
      'for f in "$@"; do :; done',
      `cp "$f" "${spool}/job-$n.pdf"`,
      'echo "request id is VAN_PHONG_A4-$n (1 file(s))"',
    ].join('\n'),
  );
  chmodSync(join(bin, 'lp'), 0o755);
  installFakeCupsStatus(bin, dir);
  return {
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
    jobs: () => readdirSync(spool).filter((f) => f.endsWith('.pdf')),
    args: (n) =>
      readFileSync(join(spool, `job-${n}.args`), 'utf8')
        .trim()
        .split('\n'),
    pdf: (n) => readFileSync(join(spool, `job-${n}.pdf`)),
  };
}

function setup(options: { printer?: boolean; officer?: string | null } = {}) {
  t = openTestDatabase();
  const { db, dir } = t;
  db.prepare(
    "INSERT INTO offices (code, name, name_key, province_code, ward_code, address, lat, lng) VALUES ('01001', 'Bảo hiểm xã hội cơ sở Ba Đình', 'bhxh ba dinh', '01', '00004', 'Số 1', 21, 105)",
  ).run();
  const clock = () => NOW;
  const registrations = createRegistrationsService({
    db,
    clock,
    random: deterministicRandom(5),
    logger: silentLogger,
    accounts: { createAccount: () => Promise.reject(new Error('unused')), accountRefOf: () => 'unused' } as never,
  });
  registrations.importLines(importLine());
  const imported = db.prepare('SELECT id, code FROM registrations').get() as { id: number; code: string };
  const kiosk = createKioskRegistrations({ db, clock, logger: silentLogger, random: deterministicRandom(9) });
  const scans = new Map<ParsedCode['kind'], ParsedCode>();
  const stack = createSmsOtpStack({ db, clock });
  const bus = createEventBus();
  const reg = registrationHandlers({
    registrations,
    kiosk,
    scans: {
      lastScan: <K extends ParsedCode['kind']>(kind: K) => (scans.get(kind) ?? null) as Extract<ParsedCode, { kind: K }> | null,
      forgetScans: () => scans.clear(),
    },
    printQueue: createPrintQueue({
      db,
      logger: silentLogger,
      onJob: (job) => bus.emit('devices:printJob', job),
      printer: { print: () => Promise.resolve({ ok: true }) },
    }),
    bus,
    otp: stack.otp,
    clock,
    wardsOf: () => [],
    counter: '1',
  });
  const lp = fakeLp(dir);
  const spoolDir = join(dir, 'document-spool');
  const printing = createForm01Printing({
    db,
    clock,
    logger: silentLogger,
    kiosk,
    printer: options.printer === false ? null : createLpCardPrinter({ queue: 'VAN_PHONG_A4', env: lp.env, purpose: 'document' }),
    spoolDir,
  });
  const officer = options.officer === undefined ? 'officer:7' : options.officer;
  const h = form01PrintHandlers({
    printing,
    printerConfigured: options.printer !== false,
    printableForm: reg.printableForm,
    officerOf: () => {
      if (officer === null) throw new KioskFailure('unauthorized', 'officer sign-in required');
      return officer;
    },
  });
  const audits = () =>
    db
      .prepare('SELECT actor, subject_ref AS subjectRef, details FROM audit_log WHERE action = ? ORDER BY seq')
      .all(FORM_PRINTED_ACTION) as {
      actor: string;
      subjectRef: string;
      details: string;
    }[];
  return { db, dir, imported, scans, reg, h, lp, audits, spoolDir, stack };
}

describe('Form 01 printing at the kiosk', () => {
  it('refuses a client that neither filed nor checked anything, whatever it asks for', async () => {
    const { h, lp, audits } = setup();
    const filed = await failureOf(() => h['registration:printForm']({ from: 'filed' }, KIOSK));
    expect([filed.code, filed.detail?.reason]).toEqual(['forbidden', 'not-filed']);
    const checked = await failureOf(() => h['registration:printForm']({ from: 'checked' }, KIOSK));
    expect([checked.code, checked.detail?.reason]).toEqual(['forbidden', 'not-checked']);
    expect(lp.jobs()).toEqual([]);
    expect(audits()).toEqual([]);
  });

  it('prints the form this client checked against its own card, A4 on the queue, and audits it without personal data', async () => {
    const { db, imported, scans, reg, h, lp, audits, spoolDir } = setup();
    scans.set('cccd', cccdOf());
    await reg.handlers['registration:check']({ code: imported.code }, KIOSK);
    // Another screen of the same host has checked nothing.
    expect((await failureOf(() => h['registration:printForm']({ from: 'checked' }, OTHER))).detail?.reason).toBe('not-checked');
    // "Checked" is not "filed".
    expect((await failureOf(() => h['registration:printForm']({ from: 'filed' }, KIOSK))).detail?.reason).toBe('not-filed');

    const printed = await h['registration:printForm']({ from: 'checked' }, KIOSK);
    expect(printed).toEqual({ registrationCode: imported.code, copyNumber: 1, destination: 'cups:VAN_PHONG_A4' });
    expect(lp.args(1)).toEqual(['-d', 'VAN_PHONG_A4', '-o', 'media=A4', '-t', 'bhxh-document', expect.stringMatching(/\.pdf$/)]);
    const text = squeeze(await pdfText(new Uint8Array(lp.pdf(1)), 1));
    expect(text).toContain('NGUYỄN THỊ LAN ANH');
    expect(text).toContain(imported.code);
    // Our copy of the PDF is gone once lp has it.
    expect(existsSync(spoolDir) ? readdirSync(spoolDir) : []).toEqual([]);

    // Still printable after the queue ticket (the citizen may ask for the form once the number is out).
    await reg.handlers['registration:printTicket']({}, KIOSK);
    expect((await h['registration:printForm']({ from: 'checked' }, KIOSK)).copyNumber).toBe(2);

    const entries = audits();
    expect(entries.map((e) => [e.actor, e.subjectRef, JSON.parse(e.details)])).toEqual([
      ['kiosk', `registration:${imported.id}`, { copy: 1, source: 'kiosk-checked', destination: 'cups:VAN_PHONG_A4' }],
      ['kiosk', `registration:${imported.id}`, { copy: 2, source: 'kiosk-checked', destination: 'cups:VAN_PHONG_A4' }],
    ]);
    const all = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    for (const personal of ['Lan Anh', '001190012345', '0912345678', imported.code]) expect(all).not.toContain(personal);
    expect(verifyAudit(db).ok).toBe(true);
  });

  it('refuses after a mismatch, after a failed new check, and after the visit ended', async () => {
    const { imported, scans, reg, h, lp } = setup();
    scans.set('cccd', cccdOf({ idNumber: '001190099999' }));
    const mismatch = await reg.handlers['registration:check']({ code: imported.code }, KIOSK);
    expect(mismatch.overall).toBe('mismatch');
    expect((await failureOf(() => h['registration:printForm']({ from: 'checked' }, KIOSK))).detail?.reason).toBe('not-checked');

    scans.set('cccd', cccdOf());
    await reg.handlers['registration:check']({ code: imported.code }, KIOSK);
    expect(reg.printableForm(KIOSK.clientId, 'checked')).toBe(imported.code);
    // A new check that fails (an unknown code) takes the right away.
    await failureOf(() => reg.handlers['registration:check']({ code: 'F01-XXXXXXXX-X' }, KIOSK));
    expect((await failureOf(() => h['registration:printForm']({ from: 'checked' }, KIOSK))).detail?.reason).toBe('not-checked');

    await reg.handlers['registration:check']({ code: imported.code }, KIOSK);
    reg.endVisit(KIOSK.clientId);
    expect((await failureOf(() => h['registration:printForm']({ from: 'checked' }, KIOSK))).detail?.reason).toBe('not-checked');
    expect(lp.jobs()).toEqual([]);
  });

  it('prints the form this client just filed (OTP-confirmed), and nobody else’s', async () => {
    const { scans, reg, h, lp, audits, stack } = setup();
    scans.set('cccd', cccdOf({ idNumber: '079085004321', fullName: 'Trần Văn Đức', gender: 'male', dateOfBirth: '1985-11-02' }));
    const phone = '0987654321';
    await reg.handlers['registration:startSelf'](
      { phone, provinceCode: '01', wardCode: '00004', street: 'Số 5 phố Kim Mã', officeCode: '01001' },
      KIOSK,
    );
    await stack.worker.deliverDue();
    const otp = /\d{6}/.exec(stack.sink.lastTo(phone)?.body ?? '')?.[0] ?? '';
    // Started but not confirmed: nothing filed yet.
    expect((await failureOf(() => h['registration:printForm']({ from: 'filed' }, KIOSK))).detail?.reason).toBe('not-filed');
    const filed = await reg.handlers['registration:confirmSelf']({ otp }, KIOSK);
    expect((await failureOf(() => h['registration:printForm']({ from: 'filed' }, OTHER))).detail?.reason).toBe('not-filed');

    const printed = await h['registration:printForm']({ from: 'filed' }, KIOSK);
    expect(printed).toMatchObject({ registrationCode: filed.registrationCode, copyNumber: 1 });
    const text = squeeze(await pdfText(new Uint8Array(lp.pdf(1)), 1));
    expect(text).toContain('TRẦN VĂN ĐỨC');
    expect(text).toContain(filed.registrationCode);
    expect(audits().map((e) => JSON.parse(e.details).source)).toEqual(['kiosk-filed']);
  });

  it('no document printer: device-unavailable / document-printer-missing; lp failing: document-printer-failed; queue stopped: document-printer-queue-stopped; no audit in any case', async () => {
    const none = setup({ printer: false });
    none.scans.set('cccd', cccdOf());
    await none.reg.handlers['registration:check']({ code: none.imported.code }, KIOSK);
    // The screen asks first and offers no print button; a stale screen that prints anyway gets the same answer.
    expect(await none.h['registration:formPrinter']({}, KIOSK)).toEqual({ available: false });
    expect(await setup().h['registration:formPrinter']({}, KIOSK)).toEqual({ available: true });
    const missing = await failureOf(() => none.h['registration:printForm']({ from: 'checked' }, KIOSK));
    expect([missing.code, missing.detail?.reason]).toEqual(['device-unavailable', 'document-printer-missing']);
    expect(none.audits()).toEqual([]);
    t?.close();

    const jammed = setup();
    writeFileSync(join(jammed.dir, 'jam'), '');
    jammed.scans.set('cccd', cccdOf());
    await jammed.reg.handlers['registration:check']({ code: jammed.imported.code }, KIOSK);
    const failed = await failureOf(() => jammed.h['registration:printForm']({ from: 'checked' }, KIOSK));
    expect([failed.code, failed.detail?.reason]).toEqual(['device-unavailable', 'document-printer-failed']);
    expect(jammed.audits()).toEqual([]);
    expect(readdirSync(jammed.spoolDir)).toEqual([]);
    t?.close();

    // lp took the job but the queue is stopped: not printed, so no copy and no audit entry (issue #17).
    const stopped = setup();
    writeFileSync(join(stopped.dir, 'queue-stopped'), '');
    stopped.scans.set('cccd', cccdOf());
    await stopped.reg.handlers['registration:check']({ code: stopped.imported.code }, KIOSK);
    const waiting = await failureOf(() => stopped.h['registration:printForm']({ from: 'checked' }, KIOSK));
    expect([waiting.code, waiting.detail?.reason]).toEqual(['device-unavailable', 'document-printer-queue-stopped']);
    expect(stopped.audits()).toEqual([]);
    expect(readFileSync(join(stopped.dir, 'cancelled'), 'utf8').trim()).toBe('VAN_PHONG_A4-1');
  });
});

describe('Form 01 printing at the counter', () => {
  it('needs a signed-in officer, who is the audit actor', async () => {
    const anonymous = setup({ officer: null });
    const refused = await failureOf(() => anonymous.h['officer:printForm']({ registrationId: anonymous.imported.id }, COUNTER));
    expect(refused.code).toBe('unauthorized');
    expect(anonymous.lp.jobs()).toEqual([]);
    t?.close();

    const { imported, h, lp, audits } = setup();
    const printed = await h['officer:printForm']({ registrationId: imported.id }, COUNTER);
    expect(printed).toEqual({ registrationCode: imported.code, copyNumber: 1, destination: 'cups:VAN_PHONG_A4' });
    expect(lp.args(1).slice(0, 4)).toEqual(['-d', 'VAN_PHONG_A4', '-o', 'media=A4']);
    expect(audits().map((e) => [e.actor, e.subjectRef, JSON.parse(e.details).source])).toEqual([
      ['officer:7', `registration:${imported.id}`, 'counter'],
    ]);
    const unknown = await failureOf(() => h['officer:printForm']({ registrationId: 9999 }, COUNTER));
    expect(unknown.code).toBe('not-found');
  });
});
