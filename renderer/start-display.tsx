/**
 * The lobby call board's start (`--station display`, docs/call-board.md): loaded only on a display station, its own
 * chunk like the counter console. It refetches the board on `board:changed` and on reconnect, never on a timer.
 */
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { KioskApi } from '../preload/contract/kiosk-api';
import { createCallAnnouncer } from './board/call-announcer';
import { VOICE_CLIP_URLS } from './board/voice-clips';
import { createVoicePlayer } from './board/voice-player';
import { CallBoard } from './screens/board/CallBoard';
import { BoardStoreContext, createBoardStore } from './state/board-store';
import type { Reconnected } from './start-shared';

export function startDisplay(root: Root, api: KioskApi, onReconnected: Reconnected, locale: 'vi' | 'en'): void {
  const player = createVoicePlayer(VOICE_CLIP_URLS);
  const announcer = createCallAnnouncer({
    say: async (a) => {
      store.getState().setSaid(a, player.state() === 'running' ? 'playing' : 'muted');
      const heard = await player.play(a.clips);
      store.getState().finishSaid(heard ? 'played' : 'muted');
    },
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
  const store = createBoardStore(api, locale, (view) => announcer.update(view));
  store.getState().setAudio(player.state());
  player.onStateChange((s) => store.getState().setAudio(s));
  api.board.onChanged(() => void store.getState().refresh());
  onReconnected?.(() => void store.getState().refresh());
  root.render(
    <StrictMode>
      <BoardStoreContext.Provider value={store}>
        <CallBoard onEnableSound={() => void player.resume()} />
      </BoardStoreContext.Provider>
    </StrictMode>,
  );
  void store
    .getState()
    .refresh()
    .then(() => {
      document.documentElement.dataset.ready = 'true';
    });
}
