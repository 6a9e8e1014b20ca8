/**
 * The kiosk's state, created with an injected API (never `window.kiosk` directly) so tests can
 * hand in a fake and every store starts fresh. Citizen data lives only in `citizen`, which
 * `resetCitizen()` replaces wholesale.
 */
import { createStore } from 'zustand/vanilla';
import type { KioskApi } from '../../preload/contract/kiosk-api';
import type { LookupResult } from '../../preload/contract/channels/lookup';
import type { ScannedCode } from '../../preload/contract/channels/devices';
import type { Screen } from '../app/screens';
import { errorKey } from '../i18n/i18n';
import type { Locale, MessageKey } from '../i18n/i18n';

export interface LookupQuery {
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly provinceCode?: string;
  readonly idNumber?: string;
}

export type LookupState =
  | { readonly phase: 'form'; readonly draft?: LookupQuery }
  | { readonly phase: 'searching'; readonly query: LookupQuery }
  | { readonly phase: 'result'; readonly query: LookupQuery; readonly result: LookupResult }
  | { readonly phase: 'error'; readonly query: LookupQuery; readonly error: MessageKey };

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
  go(screen: Screen): void;
  setLocale(locale: Locale): void;
  loadProvinces(): Promise<void>;
  submitLookup(query: LookupQuery): Promise<void>;
  editLookup(): void;
  showScan(scan: ScannedCode): void;
  clearScan(): void;
  /** Forget everything about the current citizen and return home. */
  resetCitizen(): void;
}

const freshCitizen = (): CitizenState => ({ lookup: { phase: 'form' }, scan: null });

export function createAppStore(api: KioskApi, initialLocale: Locale = 'vi') {
  return createStore<AppState>()((set, get) => ({
    locale: initialLocale,
    screen: { name: 'home' },
    provinces: [],
    citizen: freshCitizen(),
    api,
    go: (screen) => {
      set({ screen });
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
        ...(query.idNumber ? { idNumber: query.idNumber } : {}),
      };
      const r = await api.lookup.insuranceNumber(input);
      // The citizen may have been wiped (idle timeout) while we waited: drop a late reply.
      const now = get().citizen.lookup;
      if (now.phase !== 'searching' || now.query !== query) return;
      set({
        citizen: {
          ...get().citizen,
          lookup: r.ok ? { phase: 'result', query, result: r.value } : { phase: 'error', query, error: errorKey(r.error.code) },
        },
      });
    },
    editLookup: () => {
      const now = get().citizen.lookup;
      set({ citizen: { ...get().citizen, lookup: now.phase === 'form' ? now : { phase: 'form', draft: now.query } } });
    },
    showScan: (scan) => set({ citizen: { ...get().citizen, scan } }),
    clearScan: () => set({ citizen: { ...get().citizen, scan: null } }),
    resetCitizen: () => {
      set({ citizen: freshCitizen(), screen: { name: 'home' } });
      void api.system.reportScreen({ screen: 'home' });
    },
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
