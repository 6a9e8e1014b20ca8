/**
 * The counter's citizen-facing rating screen (`?view=rating` on a counter station): its own chunk, loaded only there.
 * It never claims the station's reader (the officer's console holds it) and calls only the rating channels.
 */
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { KioskApi } from '../preload/contract/kiosk-api';
import { RatingApp } from './screens/rating/RatingApp';
import { RatingStoreContext } from './state/rating-context';
import { createRatingStore } from './state/rating-store';
import type { Reconnected } from './start-shared';

export function startRating(root: Root, api: KioskApi, onReconnected: Reconnected, locale: 'vi' | 'en'): void {
  const store = createRatingStore(api, locale);
  api.rating.onReady(() => void store.getState().refresh());
  onReconnected?.(() => void store.getState().refresh());
  void store.getState().refresh();
  root.render(
    <StrictMode>
      <RatingStoreContext.Provider value={store}>
        <RatingApp />
      </RatingStoreContext.Provider>
    </StrictMode>,
  );
  document.documentElement.dataset.ready = 'true';
}
