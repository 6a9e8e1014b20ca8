import { randomUUID } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import { renderForm01Pdf } from '../../services/documents/lazy-pdf';
import type { Receipt } from '../../../native/printer/receipt';
import type { ResolvedCardAddress } from '../../domain/address/card-address';
import type { BhytCode, CccdCode } from '../../domain/codes/code-types';
import { foldKey } from '../../domain/text/vi-text';
import type { EventBus } from '../event-bus';
import { CARD_SCAN_TTL_MS, scannedCccd } from '../../services/devices/last-card-scan';
import type { ScanMemory } from '../../services/devices/last-card-scan';
import type { OtpService } from '../../services/otp/otp-service';
import type { PrintQueue } from '../../services/printing/print-queue';
import type { KioskRegistrationInput, KioskRegistrations } from '../../services/registrations/kiosk-registration';
import { printAndWait } from '../../services/registrations/print-and-wait';
import type { RegistrationsService } from '../../services/registrations/registrations-service';
import { vietnamDateTime } from '../../services/registrations/registration-types';
import { buildTicketReceipt } from '../../services/registrations/ticket-receipt';
import { ticketLabel } from '../../../preload/contract/ticket-label';
import type { HandlerMap } from '../dispatcher';

/**
 * One print job per reservation. A reservation replaces an abandoned one's row (its number is given again), and SQLite
 * may hand the deleted row's id out again, so the id alone would find the withdrawn job of the failed print.
 */
const ticketPrintKey = (ticketId: number): string => `queue-ticket-${ticketId}-${randomUUID()}`;

type RegistrationChannels =
  | 'registration:check'
  | 'registration:printTicket'
  | 'registration:selfPrefill'
  | 'registration:startSelf'
  | 'registration:confirmSelf'
  | 'registration:formPdf'
  | 'registration:wards';

export interface ScanSource extends ScanMemory {
  /** Forgets the reader's scans if this client's visit owns them (main/services/devices/reader-hold.ts). */
  forgetScans(clientId: string): void;
}

export interface RegistrationHandlerDeps {
  readonly registrations: Pick<
    RegistrationsService,
    'checkAgainstCccd' | 'reserveTicket' | 'confirmTicketPrinted' | 'abandonTicket' | 'countersServing'
  >;
  readonly kiosk: KioskRegistrations;
  readonly scans: ScanSource;
  readonly printQueue: Pick<PrintQueue, 'enqueue' | 'get' | 'cancel'>;
  readonly bus: Pick<EventBus, 'subscribe'>;
  readonly otp: Pick<OtpService, 'issueOtp' | 'verifyOtp' | 'phoneSubjectRef' | 'destroyOtpsFor'>;
  readonly clock: () => Date;
  readonly wardsOf: (provinceCode: string) => readonly { readonly code: string; readonly name: string }[];
  /** A counter the kiosk's tickets wait at; null (the kiosk) = in line A for any counter serving Form 01 (issue #18). */
  readonly counter: string | null;
  /**
   * What the office already knows about the holder of this CCCD: their mã số and whether they have a VssID account.
   * Absent (some tests) = nothing known.
   */
  readonly knownPerson?: (idNumber: string) => { readonly insuranceNumber: string; readonly hasAccount: boolean } | null;
  readonly printTimeoutMs?: number;
  /** The card's address read into street, 2025 province and ward candidates (docs/domain/card-addresses.md). */
  readonly resolveAddress?: (address: string) => ResolvedCardAddress;
}

export interface RegistrationHandlers {
  readonly handlers: Pick<HandlerMap, RegistrationChannels>;
  /** Forgets what this client did (connection closed). */
  forget(clientId: string): void;
  /** The citizen's visit ended: forgets this client's state and the cards the reader read. */
  endVisit(clientId: string): void;
  /**
   * The code of the registration this client may print Form 01 of: the one it just filed, or the one it just
   * checked against the host's own CCCD scan without a mismatch (kept after the ticket). Null otherwise.
   */
  printableForm(clientId: string, from: 'filed' | 'checked'): string | null;
}

/** The receipt a citizen takes home after filing Form 01 at the kiosk. */
export function buildRegistrationReceipt(code: string, createdAt: string): Receipt {
  return {
    title: 'ĐĂNG KÝ GIAO DỊCH ĐIỆN TỬ (TỜ KHAI 01)',
    lines: [
      { kind: 'text', text: 'Mã hồ sơ', align: 'center' },
      { kind: 'text', text: code, size: 'large', bold: true, align: 'center' },
      { kind: 'pair', label: 'Thời gian:', value: vietnamDateTime(new Date(createdAt)) },
      { kind: 'rule' },
      { kind: 'qr', data: code },
      { kind: 'text', text: 'Mang phiếu này và CCCD đến cơ quan BHXH trong vòng 10 ngày để ký tờ khai 01 bản giấy.' },
    ],
    footer: 'Quá 10 ngày, tờ khai chưa được duyệt sẽ tự động bị hủy.',
  };
}

/** Without a resolver (unit tests) the whole card address is the street: never cut short. */
const unresolved = (address: string): ResolvedCardAddress => ({
  street: address,
  provinceCode: null,
  wardCandidates: [],
  status: 'unresolved',
});

/** A BHYT card counts only if it is the same person's: same name (ignoring case/diacritic form) and birth date. */
function sameHolder(cccd: CccdCode, bhyt: BhytCode | null): bhyt is BhytCode {
  if (bhyt === null) return false;
  const n = Math.min(cccd.dateOfBirth.length, bhyt.dateOfBirth.length);
  return foldKey(cccd.fullName) === foldKey(bhyt.fullName) && cccd.dateOfBirth.slice(0, n) === bhyt.dateOfBirth.slice(0, n);
}

export function registrationHandlers(deps: RegistrationHandlerDeps): RegistrationHandlers {
  const { registrations, kiosk, scans, otp } = deps;
  const lastCheck = new Map<string, { readonly registrationId: number }>();
  const pendingSelf = new Map<string, { readonly input: KioskRegistrationInput; readonly subjectRef: string }>();
  const filed = new Map<string, string>();
  const checkedForm = new Map<string, string>();

  const forget = (clientId: string): void => {
    lastCheck.delete(clientId);
    filed.delete(clientId);
    checkedForm.delete(clientId);
    const pending = pendingSelf.get(clientId);
    if (pending !== undefined) otp.destroyOtpsFor(pending.subjectRef);
    pendingSelf.delete(clientId);
  };

  /** The mã số of a new form: the same person's BHYT card if scanned, else what the office knows for this CCCD. */
  const insuranceNumberOf = (cccd: CccdCode): string | null => {
    const bhyt = scans.lastScan('bhyt', CARD_SCAN_TTL_MS);
    // An old BHYT card may not carry the mã số (null): then what the office knows for this CCCD.
    if (sameHolder(cccd, bhyt) && bhyt.insuranceNumber) return bhyt.insuranceNumber;
    return deps.knownPerson?.(cccd.idNumber)?.insuranceNumber ?? null;
  };

  const handlers: Pick<HandlerMap, RegistrationChannels> = {
    'registration:check': ({ code }, ctx) => {
      const cccd = scannedCccd(scans);
      lastCheck.delete(ctx.clientId);
      checkedForm.delete(ctx.clientId);
      const outcome = registrations.checkAgainstCccd(code, cccd);
      lastCheck.set(ctx.clientId, { registrationId: outcome.registrationId });
      if (outcome.overall !== 'mismatch') checkedForm.set(ctx.clientId, outcome.registrationCode);
      return {
        registrationCode: outcome.registrationCode,
        overall: outcome.overall,
        fields: outcome.fields.map((f) => ({ field: f.field, result: f.result, form: f.form, card: f.card })),
      };
    },
    'registration:printTicket': async (_input, ctx) => {
      const check = lastCheck.get(ctx.clientId);
      if (check === undefined) throw new KioskFailure('conflict', 'nothing was checked on this screen', { reason: 'not-checked' });
      const ticket = registrations.reserveTicket(check.registrationId, deps.counter);
      const counters = registrations.countersServing('A');
      const verdict = await printAndWait(
        { queue: deps.printQueue, bus: deps.bus },
        { kind: 'queue-ticket', receipt: buildTicketReceipt(ticket, counters), idempotencyKey: ticketPrintKey(ticket.id) },
        deps.printTimeoutMs,
      );
      if (!verdict.printed) {
        registrations.abandonTicket(ticket.id);
        throw new KioskFailure('printer-not-ready', 'the ticket could not be printed', { reason: verdict.reason });
      }
      const issued = registrations.confirmTicketPrinted(ticket.id);
      lastCheck.delete(ctx.clientId);
      return {
        number: issued.number,
        label: ticketLabel(issued),
        counter: issued.counter ?? counters.join(', '),
        checkRef: issued.checkRef ?? '',
        createdAt: issued.createdAt,
      };
    },
    'registration:wards': ({ provinceCode }) => [...deps.wardsOf(provinceCode)],
    'registration:selfPrefill': () => {
      const cccd = scannedCccd(scans);
      const known = deps.knownPerson?.(cccd.idNumber) ?? null;
      const address = (deps.resolveAddress ?? unresolved)(cccd.address);
      return {
        fullName: cccd.fullName,
        idNumber: cccd.idNumber,
        dateOfBirth: cccd.dateOfBirth,
        gender: cccd.gender,
        insuranceNumber: insuranceNumberOf(cccd),
        existingAccount: known?.hasAccount === true,
        street: address.street,
        provinceCode: address.provinceCode,
        wardCode: address.wardCandidates.length === 1 ? (address.wardCandidates[0]?.code ?? null) : null,
        wardCandidates: address.wardCandidates.length > 1 ? [...address.wardCandidates] : [],
      };
    },
    'registration:startSelf': (input, ctx) => {
      const cccd = scannedCccd(scans);
      const form: KioskRegistrationInput = {
        fullName: cccd.fullName,
        insuranceNumber: insuranceNumberOf(cccd),
        idNumber: cccd.idNumber,
        dateOfBirth: cccd.dateOfBirth,
        gender: cccd.gender,
        provinceCode: input.provinceCode,
        wardCode: input.wardCode,
        street: input.street,
        phone: input.phone,
        email: input.email ?? null,
        officeCode: input.officeCode,
      };
      kiosk.validate(form);
      const subjectRef = otp.phoneSubjectRef(input.phone);
      const issued = otp.issueOtp({ purpose: 'phone-verification', subjectRef, phone: input.phone });
      pendingSelf.set(ctx.clientId, { input: form, subjectRef });
      return { otpSentTo: issued.maskedPhone, expiresAt: issued.expiresAt };
    },
    'registration:confirmSelf': ({ otp: code }, ctx) => {
      const pending = pendingSelf.get(ctx.clientId);
      if (pending === undefined) throw new KioskFailure('conflict', 'no registration is waiting for a code', { reason: 'not-started' });
      otp.verifyOtp({ purpose: 'phone-verification', subjectRef: pending.subjectRef, code });
      pendingSelf.delete(ctx.clientId);
      const created = kiosk.create(pending.input);
      filed.set(ctx.clientId, created.code);
      const job = deps.printQueue.enqueue({
        kind: 'registration-receipt',
        receipt: buildRegistrationReceipt(created.code, created.createdAt),
        idempotencyKey: `registration-receipt-${created.id}`,
      });
      return { registrationCode: created.code, createdAt: created.createdAt, receiptJobId: job.id };
    },
    'registration:formPdf': async (_input, ctx) => {
      const code = filed.get(ctx.clientId);
      if (code === undefined) throw new KioskFailure('not-found', 'no registration was filed on this screen');
      const pdf = await renderForm01Pdf(kiosk.form01Data(code));
      return { pdfBase64: Buffer.from(pdf).toString('base64'), fileName: `to-khai-01-${code}.pdf` };
    },
  };

  return {
    handlers,
    forget,
    endVisit(clientId) {
      forget(clientId);
      scans.forgetScans(clientId);
    },
    printableForm: (clientId, from) => (from === 'filed' ? filed.get(clientId) : checkedForm.get(clientId)) ?? null,
  };
}
