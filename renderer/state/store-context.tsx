import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './app-store';
import { translator } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';

export const StoreContext = createContext<AppStore | null>(null);

export function useApp<T>(selector: (s: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext missing');
  return useStore(store, selector);
}

export function useT(): Translate {
  return translator(useApp((s) => s.locale));
}
