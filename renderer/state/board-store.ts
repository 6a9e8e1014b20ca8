/**
 * The call board's state (`--station display`): the last board view, the call being said, the sound state. The view
 * is fetched on `board:changed` and on reconnect (renderer/start-display.tsx), never on a timer.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { BoardView } from '../../preload/contract/channels/board';
import type { KioskApi } from '../../preload/contract/kiosk-api';
import { translator } from '../i18n/i18n';
import { coalesced } from '../lib/coalesced';
import type { Locale, Translate } from '../i18n/i18n';
import type { Announcement } from '../board/call-announcer';
import type { AudioState } from '../board/voice-player';

/** The call on screen (and in the page's data attributes, for tests): what was said last and how. */
export interface SaidCall extends Announcement {
  /** Counts every call-out since the page started (a repeat of the same call too). */
  readonly seq: number;
  /** Being said, said, or only shown because the sound is off. */
  readonly audio: 'playing' | 'played' | 'muted';
}

export interface BoardState {
  readonly locale: Locale;
  readonly view: BoardView | null;
  /** The last fetch failed (host gone): the board keeps the last view and says it is reconnecting. */
  readonly offline: boolean;
  readonly said: SaidCall | null;
  readonly audio: AudioState;
  refresh(): Promise<void>;
  setAudio(state: AudioState): void;
  /** A call-out starts: shown at once, said if the sound is on. */
  setSaid(a: Announcement, audio: SaidCall['audio']): void;
  /** The call-out on screen was said (or could not be). */
  finishSaid(audio: SaidCall['audio']): void;
}

export type BoardStore = StoreApi<BoardState>;

export function createBoardStore(api: KioskApi, locale: Locale, onView: (view: BoardView) => void): BoardStore {
  return createStore<BoardState>()((set, get) => ({
    locale,
    view: null,
    offline: false,
    said: null,
    audio: 'suspended',
    refresh: coalesced(async () => {
      const r = await api.board.view({});
      if (!r.ok) {
        set({ offline: true });
        return false;
      }
      set({ view: r.value, offline: false });
      onView(r.value);
      return true;
    }),
    setAudio: (audio) => set({ audio }),
    setSaid: (a, audio) => set({ said: { ...a, seq: (get().said?.seq ?? 0) + 1, audio } }),
    finishSaid: (audio) => {
      const said = get().said;
      if (said !== null) set({ said: { ...said, audio } });
    },
  }));
}

export const BoardStoreContext = createContext<BoardStore | null>(null);

export function useBoard<T>(selector: (s: BoardState) => T): T {
  const store = useContext(BoardStoreContext);
  if (!store) throw new Error('BoardStoreContext missing');
  return useStore(store, selector);
}

/** The board's language, and the other one (the board shows both: Vietnamese first, English under it). */
export function useBoardT(): { t: Translate; t2: Translate } {
  const locale = useBoard((s) => s.locale);
  return { t: translator(locale), t2: translator(locale === 'vi' ? 'en' : 'vi') };
}
