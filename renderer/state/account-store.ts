/**
 * The signed-in citizen on this screen: sign-in phase and the records fetched for them. Kept apart from the app
 * store so that signing out can drop it wholesale; it also signs out whenever the app store wipes the citizen
 * (home button, idle timeout), so no record outlives the visit in the renderer or on the host.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { SessionEndReason, SignedIn } from '../../preload/contract/channels/account';
import type { BenefitsView, CardView, ParticipationView, Profile, SchemeName, VisitsView } from '../../preload/contract/channels/records';
import type { KioskApi } from '../../preload/contract/kiosk-api';
import type { KioskError, Result } from '../../preload/contract/result';
import type { AppStore } from './app-store';
import { registerCitizenReset } from './wipe-citizen';

export type AuthState =
  | { readonly phase: 'signed-out' }
  | {
      readonly phase: 'otp-sent';
      /** Empty when the code went out earlier (the resend wait): the screen offers "send again". */
      readonly otpSentTo: string;
      /** The account is signed in on another screen: this code signs in here and ends that visit. */
      readonly signedInElsewhere?: true;
    }
  | { readonly phase: 'signed-in'; readonly maskedName: string; readonly mustChangePassword: SignedIn['mustChangePassword'] };

export interface RecordsCache {
  readonly profile?: Profile;
  readonly card?: CardView;
  readonly participation?: ParticipationView;
  readonly benefits?: BenefitsView;
  readonly visits?: VisitsView;
}

export interface PasswordChange {
  readonly oldPassword: string;
  readonly newPassword: string;
  readonly newPasswordRepeat: string;
}

/** What a screen does with a call: nothing on success, a message on failure. */
export type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: KioskError };

export interface AccountState {
  readonly auth: AuthState;
  readonly records: RecordsCache;
  signIn(insuranceNumber: string, password: string): Promise<Outcome>;
  /** Uses the CCCD the kiosk's reader scanned (the host knows it; the screen never sends the number). */
  signInWithCard(): Promise<Outcome>;
  verifyOtp(code: string): Promise<Outcome>;
  resendOtp(): Promise<Outcome>;
  forcedChangePassword(input: PasswordChange): Promise<Outcome>;
  requestPasswordOtp(): Promise<Outcome & { readonly otpSentTo?: string }>;
  changePassword(input: PasswordChange & { readonly otp: string }): Promise<Outcome>;
  loadProfile(): Promise<Outcome>;
  loadCard(): Promise<Outcome>;
  loadParticipation(filter: { readonly scheme?: SchemeName; readonly year?: number }): Promise<Outcome>;
  loadBenefits(): Promise<Outcome>;
  loadVisits(year?: number): Promise<Outcome>;
  /** Ends the host session and forgets every record here; goes home. */
  signOut(): Promise<void>;
}

/** 'unauthorized' without an attempts countdown: the host no longer knows this visit's sign-in. */
export const sessionGone = (e: KioskError): boolean =>
  (e.code === 'unauthorized' && e.detail?.remainingAttempts === undefined) || hostEndedReason(e) !== null;

/** The host ended the visit by itself: after the idle timeout, or because the account signed in on another screen. */
export function hostEndedReason(e: KioskError): SessionEndReason | null {
  if (e.code === 'expired' && e.detail?.reason === 'session-expired') return 'session-expired';
  if (e.code === 'unauthorized' && e.detail?.reason === 'signed-in-elsewhere') return 'signed-in-elsewhere';
  return null;
}

/** A sign-in refused because the account is signed in on another screen (an OTP to confirm may have been sent). */
export const signedInElsewhere = (e: KioskError): boolean => e.code === 'conflict' && e.detail?.reason === 'signed-in-elsewhere';

const failed = (r: Result<unknown>): Outcome => (r.ok ? { ok: true } : { ok: false, error: r.error });

export function createAccountStore(api: KioskApi, app: AppStore) {
  const store = createStore<AccountState>()((set, get) => {
    const signedIn = (v: SignedIn): void => {
      set({ auth: { phase: 'signed-in', maskedName: v.maskedName, mustChangePassword: v.mustChangePassword }, records: {} });
      app.getState().go({ name: v.mustChangePassword === null ? 'records' : 'forcedPasswordChange' });
    };
    /**
     * A call that finds the session gone (expired on the host) drops everything here too. A wrong OTP or a wrong
     * current password during a password change is also 'unauthorized', but it carries the attempts left: the
     * citizen is still signed in and gets a retry, not the sign-in screen.
     */
    const guard = (r: Result<unknown>): Outcome => {
      if (!r.ok && sessionGone(r.error)) set({ auth: { phase: 'signed-out' }, records: {} });
      const ended = r.ok ? null : hostEndedReason(r.error);
      if (ended !== null) app.getState().sessionEndedByHost(ended);
      return failed(r);
    };
    /** signed-in-elsewhere: the OTP step, with the warning; without a registered phone the refusal stays on the form. */
    const elsewhere = (r: Result<unknown>): Outcome => {
      if (!r.ok && signedInElsewhere(r.error) && (r.error.detail?.otpSent === true || r.error.detail?.retryAfterSeconds !== undefined)) {
        const phone = r.error.detail.maskedPhone;
        set({ auth: { phase: 'otp-sent', otpSentTo: typeof phone === 'string' ? phone : '', signedInElsewhere: true } });
        return { ok: true };
      }
      if (!r.ok && signedInElsewhere(r.error) && r.error.detail?.codeStillValid === true) {
        const auth = get().auth;
        if (auth.phase === 'otp-sent') set({ auth: { ...auth, signedInElsewhere: true } });
      }
      return failed(r);
    };
    const wipe = (): void => set({ auth: { phase: 'signed-out' }, records: {} });
    return {
      auth: { phase: 'signed-out' },
      records: {},
      async signIn(insuranceNumber, password) {
        const r = await api.account.signIn({ insuranceNumber, password });
        if (r.ok) signedIn(r.value);
        return elsewhere(r);
      },
      async signInWithCard() {
        const r = await api.account.signInWithCard({});
        if (r.ok) set({ auth: { phase: 'otp-sent', otpSentTo: r.value.otpSentTo } });
        return elsewhere(r);
      },
      async verifyOtp(code) {
        const r = await api.account.verifyOtp({ code });
        if (r.ok) signedIn(r.value);
        return elsewhere(r);
      },
      async resendOtp() {
        const r = await api.account.requestNewOtp({});
        const auth = get().auth;
        const keep = auth.phase === 'otp-sent' && auth.signedInElsewhere === true ? ({ signedInElsewhere: true } as const) : {};
        if (r.ok) set({ auth: { phase: 'otp-sent', otpSentTo: r.value.otpSentTo, ...keep } });
        return failed(r);
      },
      async forcedChangePassword(input) {
        const r = await api.account.forcedChangePassword(input);
        const auth = get().auth;
        if (r.ok && auth.phase === 'signed-in') {
          set({ auth: { ...auth, mustChangePassword: null } });
          app.getState().go({ name: 'records' });
        }
        return guard(r);
      },
      async requestPasswordOtp() {
        const r = await api.account.requestPasswordOtp({});
        return r.ok ? { ok: true, otpSentTo: r.value.otpSentTo } : guard(r);
      },
      async changePassword(input) {
        return guard(await api.account.changePassword(input));
      },
      async loadProfile() {
        const r = await api.records.profile({});
        if (r.ok) set({ records: { ...get().records, profile: r.value } });
        return guard(r);
      },
      async loadCard() {
        const r = await api.records.card({});
        if (r.ok) set({ records: { ...get().records, card: r.value } });
        return guard(r);
      },
      async loadParticipation(filter) {
        const r = await api.records.participation(filter);
        if (r.ok) set({ records: { ...get().records, participation: r.value } });
        return guard(r);
      },
      async loadBenefits() {
        const r = await api.records.benefits({});
        if (r.ok) set({ records: { ...get().records, benefits: r.value } });
        return guard(r);
      },
      async loadVisits(year) {
        const r = await api.records.visits(year === undefined ? {} : { year });
        if (r.ok) set({ records: { ...get().records, visits: r.value } });
        return guard(r);
      },
      async signOut() {
        wipe();
        app.getState().resetCitizen('sign-out');
        await api.account.signOut({});
      },
    };
  });
  // The app wiped the citizen (home button, idle timeout, end of a flow): forget the sign-in and the records here;
  // the same wipe ends the visit on the host (system:endVisit).
  registerCitizenReset(
    'account',
    () => store.setState({ auth: { phase: 'signed-out' }, records: {} }),
    () => ({ auth: store.getState().auth, records: store.getState().records }),
  );
  return store;
}

export type AccountStore = ReturnType<typeof createAccountStore>;

export const AccountStoreContext = createContext<AccountStore | null>(null);

export function useAccount<T>(selector: (s: AccountState) => T): T {
  const store = useContext(AccountStoreContext);
  if (!store) throw new Error('AccountStoreContext missing');
  return useStore(store, selector);
}
