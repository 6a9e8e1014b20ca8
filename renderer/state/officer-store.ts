/**
 * The counter console's state, created with an injected API like the kiosk's store. The officer session itself
 * lives in main (bound to this connection); here we keep only what the screens show. Any 'expired' or
 * 'unauthorized' answer after sign-in means the session is gone: we drop everything and show sign-in with why.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { ScannedCode } from '../../preload/contract/channels/devices';
import type {
  NoticePreviewView,
  OfficerSessionView,
  QueueEntryView,
  RegistrationDetail,
  RejectReason,
} from '../../preload/contract/channels/officer';
import type { OfficerAccountView, SupervisorOverride } from '../../preload/contract/channels/officer';
import { OVERRIDABLE_BLOCKS } from '../../preload/contract/channels/officer';
import type { Form01PrintResult } from '../../preload/contract/form01-print-result';
import type { CounterServicesView, DayReport } from '../../preload/contract/day-report';
import { SERVICES, type ServiceCode } from '../../preload/contract/ticket-label';
import type { KioskApi } from '../../preload/contract/kiosk-api';
import type { KioskError, Result } from '../../preload/contract/result';
import { errorKey, translator } from '../i18n/i18n';
import { cardPrintErrorMessage } from './officer-card-print';
import type { CardHolder } from './officer-card-print';
import type { OfficerCardPrinted } from './officer-card-print';
import type { Locale, Translate } from '../i18n/i18n';
import type { OfficerMessage } from './officer-message';

export type OverridableBlock = (typeof OVERRIDABLE_BLOCKS)[number];
const isOverridable = (reason: unknown): reason is OverridableBlock => (OVERRIDABLE_BLOCKS as readonly unknown[]).includes(reason);

export type { OfficerMessage };

export type DecisionOutcome =
  | {
      readonly kind: 'approved';
      readonly code: string;
      readonly sms: boolean;
      readonly email: boolean;
      readonly receipt: boolean;
      /** The approved citizen's mã số, so the result can offer to print their card; null when the form had none. */
      readonly insuranceNumber: string | null;
    }
  | { readonly kind: 'rejected'; readonly code: string; readonly reason: RejectReason; readonly sms: boolean; readonly email: boolean };

export type OfficerView =
  | { readonly name: 'signIn' }
  | { readonly name: 'queue' }
  | { readonly name: 'detail'; readonly registrationId: number }
  | { readonly name: 'result'; readonly outcome: DecisionOutcome }
  | { readonly name: 'cardPrint'; readonly insuranceNumber: string }
  | { readonly name: 'supervisor' }
  | { readonly name: 'report' };

export interface CounterCard {
  readonly idNumber: string;
  readonly oldIdNumber: string | null;
  readonly discrepancies: { field: 'birthYear' | 'gender'; fromIdNumber: string; onCard: string }[];
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly gender: 'male' | 'female';
}

export interface OfficerState {
  readonly locale: Locale;
  /** The counter station's number (the host's `--station counter:N`): officers here serve this counter only. */
  readonly stationCounter: number | null;
  readonly session: OfficerSessionView | null;
  readonly view: OfficerView;
  readonly queue: readonly QueueEntryView[];
  readonly detail: RegistrationDetail | null;
  readonly card: CounterCard | null;
  /** One per opened form: every tap of approve/reject on it carries the same key. */
  readonly requestKey: string;
  readonly busy: boolean;
  readonly message: OfficerMessage | null;
  /** The block a supervisor may lift on the open form, after the host refused an approval for it; else null. */
  readonly overrideBlock: OverridableBlock | null;
  setLocale(locale: Locale): void;
  /** Without a counter: the station's own (a counter station refuses any other). */
  signIn(input: { username: string; password: string; counter?: string }): Promise<void>;
  signOut(why?: 'idle'): Promise<void>;
  refreshQueue(poll: boolean): Promise<void>;
  callNext(): Promise<void>;
  /** "Gọi lại": the board announces this counter's called ticket again; the sentence to show, null when signed out. */
  recall(): Promise<OfficerMessage | null>;
  open(registrationId: number): Promise<void>;
  scanned(scan: ScannedCode): void;
  /** With `override`: the supervisor's credentials and reason, for a block the host raised (overrideBlock). */
  approve(override?: SupervisorOverride): Promise<void>;
  reject(reason: RejectReason, note: string): Promise<void>;
  /** The notices a decision on the open form would send; null when it failed (the reason is in `message`). */
  previewNotices(decision: 'approve' | 'reject', reason?: RejectReason, note?: string): Promise<NoticePreviewView | null>;
  backToQueue(): void;
  /** The "In thẻ BHYT" panel, pre-filled with a mã số when opened from an approval. */
  openCardPrint(insuranceNumber?: string): void;
  /** Whose card a mã số prints, for the officer to confirm; null when it failed (the reason is in `message`). */
  cardHolder(insuranceNumber: string): Promise<CardHolder | null>;
  /** Prints (or reprints) a card; null when it failed (the reason is in `message`). */
  printCard(insuranceNumber: string): Promise<OfficerCardPrinted | null>;
  /** Form 01 of the open registration to the A4 document printer; null when the session is gone (handled here). */
  printForm(): Promise<Result<Form01PrintResult> | null>;
  /** Supervisors' panel: officer accounts (lockouts) and called tickets; the host refuses it to plain officers. */
  readonly officers: readonly OfficerAccountView[];
  openSupervisor(): Promise<void>;
  unlockOfficer(officer: OfficerAccountView): Promise<void>;
  releaseTicket(entry: QueueEntryView): Promise<void>;
  /** Which services each counter serves (issue #18); "call next" calls only those. */
  readonly counterServices: readonly CounterServicesView[];
  /** "Hoàn thành": closes a B/C/D ticket called at this counter (its citizen may then rate it). */
  finishTicket(entry: QueueEntryView): Promise<void>;
  /** Supervisors: sets one counter's services. */
  setCounterServices(counter: string, services: readonly ServiceCode[]): Promise<void>;
  /** Supervisors: the day report (today). */
  readonly report: DayReport | null;
  /** Without a day: today (Vietnam time, the host decides). */
  openReport(day?: string): Promise<void>;
}

/** The services this counter serves, from the office data; every service until it is known. */
export function servicesOfCounter(all: readonly CounterServicesView[], counter: string): readonly ServiceCode[] {
  return all.find((c) => c.counter === counter)?.services ?? SERVICES;
}

const newRequestKey = (): string => crypto.randomUUID();

/** The Vietnamese/English sentence for a failed call; null when the session is gone (handled separately). */
export function officerErrorMessage(error: KioskError): OfficerMessage {
  const d = error.detail ?? {};
  switch (error.code) {
    // The host answers a wrong password the same way for every username (issue #14): no attempts-left count.
    case 'unauthorized':
      return { key: 'officer.err.wrongCredentials' };
    case 'locked-out': {
      // A short back-off per username and counter (15 s doubling, at most 5 minutes), not a long lock.
      const seconds = Math.max(1, Math.ceil(Number(d.retryAfterSeconds ?? 15)));
      return seconds > 90
        ? { key: 'officer.err.lockedOutMinutes', params: { minutes: Math.ceil(seconds / 60) } }
        : { key: 'officer.err.lockedOut', params: { seconds } };
    }
    case 'rate-limited': {
      const seconds = Math.max(1, Math.ceil(Number(d.retryAfterSeconds ?? 1)));
      return seconds > 90
        ? { key: 'limits.waitMinutes', params: { minutes: Math.ceil(seconds / 60) } }
        : { key: 'limits.waitSeconds', params: { seconds } };
    }
    case 'expired':
      if (d.reason === 'no-form-scan') return { key: 'officer.err.noFormScan' };
      return { key: 'officer.err.expired' };
    case 'not-found':
      if (d.reason === 'unknown-form') return { key: 'officer.err.unknownForm' };
      return { key: 'officer.err.notFound' };
    case 'forbidden':
      if (d.reason === 'override-refused') return { key: 'officer.err.overrideRefused' };
      return { key: 'officer.err.forbidden' };
    case 'conflict':
      if (d.reason === 'already-approved') return { key: 'officer.err.alreadyApproved' };
      if (d.reason === 'already-rejected') return { key: 'officer.err.alreadyRejected' };
      if (d.reason === 'form-incomplete') return { key: 'officer.err.formIncomplete' };
      if (d.reason === 'insurance-number-not-owner') return { key: 'officer.err.notOwner' };
      if (d.reason === 'counter-scan-mismatch') return { key: 'officer.err.counterMismatch' };
      if (d.reason === 'paper-form-not-scanned') return { key: 'officer.err.paperNotScanned' };
      if (typeof d.reason === 'string' && d.reason.startsWith('ticket-')) return { key: 'officer.supervisor.err.notCalled' };
      return { key: 'error.generic' };
    case 'invalid-input':
      if (d.field === 'note') return { key: 'officer.err.noteRequired' };
      if (d.field === 'override.reason' || (typeof d.field === 'string' && d.field.startsWith('override'))) {
        return { key: 'officer.err.overrideReason' };
      }
      return { key: errorKey(error.code) };
    default:
      return { key: errorKey(error.code) };
  }
}

export type OfficerStore = StoreApi<OfficerState>;

export function createOfficerStore(api: KioskApi, initialLocale: Locale = 'vi', stationCounter: number | null = null): OfficerStore {
  return createStore<OfficerState>()((set, get) => {
    const signedOut = (message: OfficerMessage | null): void =>
      set({
        session: null,
        view: { name: 'signIn' },
        queue: [],
        officers: [],
        counterServices: [],
        report: null,
        detail: null,
        card: null,
        busy: false,
        message,
      });

    /** Unwraps a result after sign-in: a lost session returns to sign-in, other errors become the screen message. */
    /** Whether a failure means the officer's session is over (the console signs out) rather than this one action. */
    const endsSession = (e: KioskError): boolean =>
      e.code === 'unauthorized' || (e.code === 'expired' && e.detail?.reason === 'session-idle');
    /** A card call's result: its own failures said in the card's words, a session that ended handled by `after`. */
    const afterCard = <T>(r: Result<T>, insuranceNumber: string): T | null => {
      if (!r.ok && !endsSession(r.error)) {
        set({ busy: false, message: cardPrintErrorMessage(r.error, insuranceNumber) });
        return null;
      }
      return after(r);
    };

    const after = <T>(r: Result<T>): T | null => {
      if (r.ok) return r.value;
      if (r.error.code === 'unauthorized') signedOut({ key: 'officer.err.notSignedIn' });
      else if (r.error.code === 'expired' && r.error.detail?.reason === 'session-idle') signedOut({ key: 'officer.err.idle' });
      else set({ busy: false, message: officerErrorMessage(r.error) });
      return null;
    };

    const loadDetail = async (registrationId: number, card: CounterCard | null): Promise<void> => {
      const r = await api.officer.registration(card === null ? { registrationId } : { registrationId, card });
      const detail = after(r);
      if (detail !== null) set({ detail, busy: false });
    };

    /** Approve and reject alike: one decision at a time on the open form, carrying its request key, then the result. */
    const decide = async <T>(
      call: (registrationId: number, requestKey: string) => Promise<Result<T>>,
      outcomeOf: (value: T) => DecisionOutcome,
    ): Promise<void> => {
      const view = get().view;
      if (view.name !== 'detail' || get().busy) return;
      set({ busy: true, message: null });
      const r = await call(view.registrationId, get().requestKey);
      // A block a supervisor may lift opens the override panel; the message still says why it was blocked.
      if (!r.ok && r.error.code === 'conflict' && r.error.detail?.overridable === true && isOverridable(r.error.detail.reason)) {
        set({ overrideBlock: r.error.detail.reason });
      }
      const v = after(r);
      if (v === null) return;
      set({ busy: false, detail: null, card: null, overrideBlock: null, view: { name: 'result', outcome: outcomeOf(v) } });
    };

    return {
      locale: initialLocale,
      stationCounter,
      session: null,
      view: { name: 'signIn' },
      queue: [],
      detail: null,
      card: null,
      requestKey: newRequestKey(),
      busy: false,
      message: null,
      overrideBlock: null,
      officers: [],
      counterServices: [],
      report: null,
      setLocale: (locale) => set({ locale }),

      signIn: async (input) => {
        set({ busy: true, message: null });
        const r = await api.officer.signIn(input);
        if (!r.ok) {
          set({ busy: false, message: officerErrorMessage(r.error) });
          return;
        }
        set({ session: r.value, view: { name: 'queue' }, busy: false });
        await get().refreshQueue(false);
      },

      signOut: async (why) => {
        await api.officer.signOut({});
        signedOut(why === 'idle' ? { key: 'officer.err.idle' } : null);
      },

      refreshQueue: async (poll) => {
        const r = await api.officer.queue(poll ? { poll: true } : {});
        const v = after(r);
        if (v === null) return;
        set({ queue: v.entries });
        if (poll) return;
        const services = after(await api.officer.counterServices({}));
        if (services !== null) set({ counterServices: services.counters });
      },

      callNext: async () => {
        set({ busy: true, message: null });
        const r = await api.officer.callNext({});
        const v = after(r);
        if (v === null) return;
        if (v.entry === null) {
          const counter = get().session?.counter ?? '';
          set({ busy: false, message: { key: 'officer.queue.nobodyForCounter', params: { counter } } });
          await get().refreshQueue(false);
          // Nobody for this counter, but people may be waiting for another one: say how many and where (issue #17),
          // rather than an empty-sounding answer while the lobby is full.
          const waiting = get().queue.filter((e) => e.state === 'issued');
          const elsewhere = waiting.filter((e) => e.counter !== null && e.counter !== counter);
          // Issue #18: numbers of services this counter does not serve wait for the counters that do.
          const served = servicesOfCounter(get().counterServices, counter);
          const notServed = waiting.filter((e) => e.counter === null && !served.includes(e.service));
          if (notServed.length > 0) {
            const services = [...new Set(notServed.map((e) => e.service))].sort().join(', ');
            set({ message: { key: 'officer.queue.notServedHere', params: { counter, n: notServed.length, services } } });
          } else if (elsewhere.length > 0) {
            const others = [...new Set(elsewhere.map((e) => e.counter ?? ''))].sort().join(', ');
            set({ message: { key: 'officer.queue.waitingElsewhere', params: { counter, n: elsewhere.length, others } } });
          }
          return;
        }
        if (v.entry.registrationId === null) {
          // B, C, D: no form to open; the officer serves the citizen and closes the number with "Hoàn thành".
          const { label, service } = v.entry;
          set({
            busy: false,
            message: { key: 'officer.queue.serving', params: { label, service: translator(get().locale)(`service.${service}`) } },
          });
          await get().refreshQueue(false);
          return;
        }
        await get().open(v.entry.registrationId);
      },

      finishTicket: async (entry) => {
        if (get().busy) return;
        set({ busy: true, message: null });
        const v = after(await api.officer.finishTicket({ ticketId: entry.ticketId }));
        if (v === null) {
          if (get().session !== null) await get().refreshQueue(false);
          return;
        }
        set({ busy: false, message: { key: 'officer.queue.finished', params: { label: v.label } } });
        await get().refreshQueue(false);
      },

      setCounterServices: async (counter, services) => {
        if (get().busy) return;
        if (services.length === 0) {
          set({ message: { key: 'officer.supervisor.servicesNone' } });
          return;
        }
        set({ busy: true, message: null });
        const v = after(await api.officer.setCounterServices({ counter, services: [...services] }));
        if (v === null) return;
        set({
          busy: false,
          counterServices: get().counterServices.map((c) => (c.counter === v.counter ? v : c)),
          message: { key: 'officer.supervisor.servicesSaved', params: { counter: v.counter, services: v.services.join(', ') } },
        });
      },

      openReport: async (day) => {
        set({ view: { name: 'report' }, detail: null, card: null, busy: true, message: null });
        const v = after(await api.officer.dayReport(day === undefined ? {} : { day }));
        if (v === null) return;
        set({ report: v, busy: false });
      },

      recall: async () => {
        const r = await api.officer.recall({});
        if (!r.ok && r.error.code === 'conflict' && r.error.detail?.reason === 'nothing-called')
          return { key: 'officer.recall.nothingCalled' };
        if (!r.ok && !endsSession(r.error)) return officerErrorMessage(r.error);
        const v = after(r);
        return v === null ? null : { key: 'officer.recall.done', params: { number: v.entry.label } };
      },

      open: async (registrationId) => {
        set({
          view: { name: 'detail', registrationId },
          detail: null,
          card: null,
          busy: true,
          message: null,
          overrideBlock: null,
          requestKey: newRequestKey(),
        });
        await loadDetail(registrationId, null);
      },

      scanned: (scan) => {
        const view = get().view;
        if (scan.ok && scan.code.kind === 'registration') {
          // The paper form's QR: the host checks what its own reader read, opens that form and records the paper copy.
          if (get().session === null || view.name === 'signIn') return;
          void (async () => {
            const v = after(await api.officer.scanForm({}));
            if (v === null) return;
            const now = get().view;
            if (now.name === 'detail' && now.registrationId === v.registrationId) await loadDetail(v.registrationId, get().card);
            else await get().open(v.registrationId);
          })();
          return;
        }
        if (view.name !== 'detail' || !scan.ok || scan.code.kind !== 'cccd') return;
        const { idNumber, oldIdNumber, fullName, dateOfBirth, gender, discrepancies } = scan.code;
        const card = { idNumber, oldIdNumber, fullName, dateOfBirth, gender, discrepancies };
        set({ card });
        void loadDetail(view.registrationId, card);
      },

      approve: (override) =>
        decide(
          (registrationId, requestKey) =>
            api.officer.approve({ registrationId, paperFormSigned: true, requestKey, ...(override === undefined ? {} : { override }) }),
          (v) => ({
            kind: 'approved',
            insuranceNumber: v.insuranceNumber,
            code: v.registrationCode,
            sms: v.notices.sms,
            email: v.notices.email,
            receipt: v.receiptJobId !== null,
          }),
        ),

      reject: (reason, note) => {
        const trimmed = note.trim();
        return decide(
          (registrationId, requestKey) =>
            api.officer.reject({ registrationId, reasonCode: reason, requestKey, ...(trimmed === '' ? {} : { note: trimmed }) }),
          (v) => ({ kind: 'rejected', code: v.registrationCode, reason: v.reasonCode, sms: v.notices.sms, email: v.notices.email }),
        );
      },

      previewNotices: async (decision, reason, note) => {
        const view = get().view;
        if (view.name !== 'detail') return null;
        const trimmed = note?.trim() ?? '';
        const r = await api.officer.previewNotices({
          registrationId: view.registrationId,
          decision,
          ...(reason === undefined ? {} : { reasonCode: reason }),
          ...(trimmed === '' ? {} : { note: trimmed }),
        });
        return after(r);
      },

      backToQueue: () => {
        set({ view: { name: 'queue' }, detail: null, card: null, message: null, overrideBlock: null });
        void get().refreshQueue(false);
      },

      openCardPrint: (insuranceNumber = '') => {
        set({ view: { name: 'cardPrint', insuranceNumber }, detail: null, card: null, message: null });
      },

      cardHolder: async (insuranceNumber) => {
        if (get().busy) return null;
        set({ busy: true, message: null });
        const v = afterCard(await api.card.officerHolder({ insuranceNumber }), insuranceNumber);
        if (v === null) return null;
        set({ busy: false });
        return { ...v, insuranceNumber };
      },

      printCard: async (insuranceNumber) => {
        if (get().busy) return null;
        set({ busy: true, message: null });
        const v = afterCard(await api.card.officerPrint({ insuranceNumber }), insuranceNumber);
        if (v === null) return null;
        set({ busy: false });
        return { ...v, insuranceNumber };
      },

      printForm: async () => {
        const view = get().view;
        if (view.name !== 'detail') return null;
        const r = await api.officer.printForm({ registrationId: view.registrationId });
        if (r.ok || !endsSession(r.error)) return r;
        after(r);
        return null;
      },

      openSupervisor: async () => {
        set({ view: { name: 'supervisor' }, detail: null, card: null, busy: true, message: null });
        const v = after(await api.officer.officers({}));
        if (v === null) return;
        set({ officers: v.officers, busy: false });
        await get().refreshQueue(false);
      },

      unlockOfficer: async (officer) => {
        if (get().busy) return;
        set({ busy: true, message: null });
        if (after(await api.officer.unlockOfficer({ officerId: officer.officerId })) === null) return;
        const list = after(await api.officer.officers({}));
        if (list === null) return;
        set({
          officers: list.officers,
          busy: false,
          message: { key: 'officer.supervisor.unlocked', params: { name: officer.displayName, username: officer.username } },
        });
      },

      releaseTicket: async (entry) => {
        if (get().busy) return;
        set({ busy: true, message: null });
        const v = after(await api.officer.releaseTicket({ ticketId: entry.ticketId }));
        if (v === null) {
          // Someone decided or released it meanwhile: show the list as it is now, next to the message.
          if (get().session !== null) await get().refreshQueue(false);
          return;
        }
        set({
          busy: false,
          message: {
            key: 'officer.supervisor.released',
            params: { number: v.entry.label, counter: v.entry.counter ?? '' },
          },
        });
        await get().refreshQueue(false);
      },
    };
  });
}

export const OfficerStoreContext = createContext<OfficerStore | null>(null);

export function useOfficer<T>(selector: (s: OfficerState) => T): T {
  const store = useContext(OfficerStoreContext);
  if (!store) throw new Error('OfficerStoreContext missing');
  return useStore(store, selector);
}

export function useOfficerT(): Translate {
  return translator(useOfficer((s) => s.locale));
}
