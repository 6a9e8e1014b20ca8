/**
 * How a shared component finds the active language's sentences without importing any app's store (issue #19: ui
 * imported state, so TextField worked only inside the kiosk and the counter needed a second field). Each app (kiosk,
 * counter console) provides its translator at its root; components call useUiT().
 */
import { createContext, useContext } from 'react';
import type { Translate } from '../i18n/i18n';

export const TranslateContext = createContext<Translate | null>(null);

export function useUiT(): Translate {
  const t = useContext(TranslateContext);
  if (t === null) throw new Error('TranslateContext missing: the app root provides its translator');
  return t;
}
