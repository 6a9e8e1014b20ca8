/**
 * The counter's citizen-facing rating screen (`?view=rating` on a counter station; issue #18). Idle until the host
 * says a ticket was finished at this counter (rating:ready), then the four faces; a rating is sent with the ticket's
 * one-time token, never with anything about the citizen. The screen goes back to idle by itself: after the thanks,
 * and when nobody touches the faces.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { RatingLevel, RatingReason } from '../../preload/contract/channels/rating';
import { RATING_REASONS } from '../../preload/contract/channels/rating';
import type { KioskApi } from '../../preload/contract/kiosk-api';
import type { ServiceCode } from '../../preload/contract/ticket-label';
import type { Locale, MessageKey } from '../i18n/i18n';

/** Thanks shown this long, then idle. */
export const THANKS_MS = 8_000;
/** Faces shown this long without a touch, then idle (the citizen walked away). */
export const ASK_MS = 90_000;

export type RatingPhase =
  | { readonly name: 'idle'; readonly notice?: MessageKey }
  | { readonly name: 'ask'; readonly token: string; readonly label: string; readonly service: ServiceCode }
  | {
      readonly name: 'reasons';
      readonly token: string;
      readonly label: string;
      readonly service: ServiceCode;
      readonly level: RatingLevel;
      readonly reasons: readonly RatingReason[];
      readonly error?: MessageKey;
    }
  | { readonly name: 'sending' }
  | { readonly name: 'thanks'; readonly notice?: MessageKey };

export interface RatingState {
  readonly locale: Locale;
  readonly phase: RatingPhase;
  setLocale(locale: Locale): void;
  /** Asks the host for the ticket just finished here (on start, on rating:ready, on reconnect). */
  refresh(): Promise<void>;
  /** A face: the two happy ones are sent at once; the others first offer the reasons. */
  choose(level: RatingLevel): Promise<void>;
  toggleReason(reason: RatingReason): void;
  send(): Promise<void>;
  skip(): void;
}

export type RatingStore = StoreApi<RatingState>;

export function createRatingStore(api: KioskApi, locale: Locale = 'vi', timers = { setTimeout, clearTimeout }): RatingStore {
  return createStore<RatingState>()((set, get) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const after = (ms: number, then: () => void): void => {
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(() => {
        timer = null;
        then();
      }, ms);
    };
    const toIdle = (): void => set({ phase: { name: 'idle' } });

    type Visit = { readonly token: string; readonly label: string; readonly service: ServiceCode };
    const submit = async (visit: Visit, level: RatingLevel, reasons: readonly RatingReason[]): Promise<void> => {
      set({ phase: { name: 'sending' } });
      const r = await api.rating.submit({ token: visit.token, level, reasons: [...reasons] });
      if (r.ok) set({ phase: { name: 'thanks' } });
      else if (r.error.code === 'conflict') set({ phase: { name: 'thanks', notice: 'rating.err.already' } });
      else if (r.error.code === 'expired') set({ phase: { name: 'idle', notice: 'rating.err.expired' } });
      else {
        set({ phase: { name: 'reasons', ...visit, level, reasons, error: 'rating.err.failed' } });
        after(ASK_MS, toIdle);
        return;
      }
      after(THANKS_MS, toIdle);
    };

    return {
      locale,
      phase: { name: 'idle' },
      setLocale: (l) => set({ locale: l }),
      refresh: async () => {
        const r = await api.rating.pending({});
        if (!r.ok || r.value.pending === null) return;
        const { token, label, service } = r.value.pending;
        const now = get().phase;
        if ((now.name === 'ask' || now.name === 'reasons') && now.token === token) return;
        set({ phase: { name: 'ask', token, label, service } });
        after(ASK_MS, toIdle);
      },
      choose: async (level) => {
        const p = get().phase;
        if (p.name !== 'ask' && p.name !== 'reasons') return;
        if (level === 'very-satisfied' || level === 'satisfied') {
          await submit(p, level, []);
          return;
        }
        set({ phase: { name: 'reasons', token: p.token, label: p.label, service: p.service, level, reasons: [] } });
        after(ASK_MS, toIdle);
      },
      toggleReason: (reason) => {
        const p = get().phase;
        if (p.name !== 'reasons') return;
        const reasons = p.reasons.includes(reason)
          ? p.reasons.filter((x) => x !== reason)
          : RATING_REASONS.filter((x) => x === reason || p.reasons.includes(x));
        set({ phase: { ...p, reasons } });
        after(ASK_MS, toIdle);
      },
      send: async () => {
        const p = get().phase;
        if (p.name !== 'reasons') return;
        await submit(p, p.level, p.reasons);
      },
      skip: toIdle,
    };
  });
}
