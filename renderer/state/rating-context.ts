import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { RatingState, RatingStore } from './rating-store';

/** The rating screen's store (start-rating.tsx provides it). */
export const RatingStoreContext = createContext<RatingStore | null>(null);

export function useRating<T>(selector: (s: RatingState) => T): T {
  const store = useContext(RatingStoreContext);
  if (!store) throw new Error('RatingStoreContext missing');
  return useStore(store, selector);
}
