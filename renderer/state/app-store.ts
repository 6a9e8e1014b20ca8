/**
 * The kiosk's state, created with an injected API (never `window.kiosk` directly) so tests can
 * hand in a fake and every store starts fresh. Citizen data lives only in `citizen`, which
 * `resetCitizen()` replaces wholesale.
 */
import { createStore } from 'zustand/vanilla';
import type { KioskApi } from '../../preload/contract/kiosk-api';
import type { Result } from '../../preload/contract/result';
import type { LookupResult } from '../../preload/contract/channels/lookup';
import type { ScannedCode } from '../../preload/contract/channels/devices';
import type { SessionEndReason } from '../../preload/contract/channels/account';
import type { Screen } from './screens';
import { wipeCitizen } from './wipe-citizen';
import { lookupErrorKey } from '../i18n/lookup-error';
import type { WipeReason } from './wipe-citizen';
import type { Locale, MessageKey } from '../i18n/i18n';

export interface LookupQuery {
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly provinceCode?: string;
  /** 2025 ward, only with provinceCode. */
  readonly wardCode?: string;
  readonly idNumber?: string;
}

export type LookupState =
  | { readonly phase: 'form'; readonly draft?: LookupQuery }
  | { readonly phase: 'searching'; readonly query: LookupQuery }
  | { readonly phase: 'result'; readonly query: LookupQuery; readonly result: LookupResult }
  | { readonly phase: 'error'; readonly query: LookupQuery; readonly error: MessageKey; readonly retryAfterSeconds?: number };

export interface CitizenState {
  readonly lookup: LookupState;
  /** The last code the reader read (parsed fields or its error), shown on the home screen. */
  readonly scan: ScannedCode | null;
}

export interface AppState {
  readonly locale: Locale;
  readonly screen: Screen;
  readonly provinces: readonly { readonly code: string; readonly name: string }[];
  readonly citizen: CitizenState;
  /** The contract API, for screens that keep their transient state locally (public self-service). */
  readonly api: KioskApi;
  /** Why the host ended the last visit (shown on the home screen until the next screen change); no personal data. */
  readonly homeNotice: MessageKey | null;
  go(screen: Screen): void;
  setLocale(locale: Locale): void;
  loadProvinces(): Promise<void>;
  submitLookup(query: LookupQuery): Promise<void>;
  /** Tra cứu by the CCCD the reader just scanned (the host uses its own copy of the scan). */
  lookupScannedCard(): Promise<void>;
  editLookup(): void;
  showScan(scan: ScannedCode): void;
  clearScan(): void;
  /** Forget everything about the current citizen (every registered store, web storage, the host's visit) and return home. */
  resetCitizen(reason?: WipeReason): void;
  /** The host ended this screen's signed-in visit (idle timeout, the account signed in elsewhere): wipe, go home, say why. */
  sessionEndedByHost(reason: SessionEndReason): void;
}

const freshCitizen = (): CitizenState => ({ lookup: { phase: 'form' }, scan: null });

/** The lookup state a reply leads to; null when the citizen was wiped (idle timeout) or started another lookup meanwhile. */
function settledLookup(now: LookupState, query: LookupQuery, r: Result<LookupResult>): LookupState | null {
  if (now.phase !== 'searching' || now.query !== query) return null;
  if (r.ok) return { phase: 'result', query, result: r.value };
  const wait = r.error.detail?.retryAfterSeconds;
  return { phase: 'error', query, error: lookupErrorKey(r.error), ...(typeof wait === 'number' ? { retryAfterSeconds: wait } : {}) };
}

export function createAppStore(api: KioskApi, initialLocale: Locale = 'vi') {
  return createStore<AppState>()((set, get) => ({
    locale: initialLocale,
    screen: { name: 'home' },
    provinces: [],
    citizen: freshCitizen(),
    api,
    homeNotice: null,
    go: (screen) => {
      set({ screen, homeNotice: null });
      void api.system.reportScreen({ screen: screen.name });
    },
    setLocale: (locale) => set({ locale }),
    loadProvinces: async () => {
      if (get().provinces.length > 0) return;
      const r = await api.lookup.provinces({});
      if (r.ok) set({ provinces: r.value });
    },
    submitLookup: async (query) => {
      set({ citizen: { ...get().citizen, lookup: { phase: 'searching', query } } });
      const input = {
        fullName: query.fullName,
        dateOfBirth: query.dateOfBirth,
        ...(query.provinceCode ? { provinceCode: query.provinceCode } : {}),
        ...(query.provinceCode && query.wardCode ? { wardCode: query.wardCode } : {}),
        ...(query.idNumber ? { idNumber: query.idNumber } : {}),
      };
      const next = settledLookup(get().citizen.lookup, query, await api.lookup.insuranceNumber(input));
      if (next !== null) set({ citizen: { ...get().citizen, lookup: next } });
    },
    lookupScannedCard: async () => {
      const scan = get().citizen.scan;
      // The form behind the result is prefilled from the card, so "Tra cứu lại" starts from it.
      const query: LookupQuery =
        scan?.ok === true && scan.code.kind === 'cccd'
          ? { fullName: scan.code.fullName, dateOfBirth: scan.code.dateOfBirth }
          : { fullName: '', dateOfBirth: '' };
      set({ citizen: { ...get().citizen, lookup: { phase: 'searching', query } }, screen: { name: 'lookup' } });
      void api.system.reportScreen({ screen: 'lookup' });
      const next = settledLookup(get().citizen.lookup, query, await api.lookup.scannedCard({}));
      if (next !== null) set({ citizen: { ...get().citizen, lookup: next } });
    },
    editLookup: () => {
      const now = get().citizen.lookup;
      set({ citizen: { ...get().citizen, lookup: now.phase === 'form' ? now : { phase: 'form', draft: now.query } } });
    },
    showScan: (scan) => set({ citizen: { ...get().citizen, scan } }),
    clearScan: () => set({ citizen: { ...get().citizen, scan: null } }),
    resetCitizen: (reason) => {
      // The next person starts in the kiosk's language (Vietnamese), whatever language this visit used.
      set({ citizen: freshCitizen(), screen: { name: 'home' }, locale: initialLocale });
      // Often passed straight as an onClick handler: anything but a known reason (a click event) is a flow end.
      void wipeCitizen(api, reason === 'timeout' || reason === 'sign-out' ? reason : 'flow-end');
      void api.system.reportScreen({ screen: 'home' });
    },
    sessionEndedByHost: (reason) => {
      get().resetCitizen('flow-end');
      set({ homeNotice: reason === 'signed-in-elsewhere' ? 'session.ended.elsewhere' : 'session.ended.expired' });
    },
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
