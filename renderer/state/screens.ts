import type { AccountScreen } from './account-screens';

/** The kiosk's screens as a discriminated union; `missingCase` makes every switch exhaustive. */
export type Screen =
  | { readonly name: 'home' }
  | { readonly name: 'lookup' }
  | { readonly name: 'devices' }
  | { readonly name: 'regCheck' | 'regSelf' }
  | { readonly name: 'takeTicket' }
  | { readonly name: 'offices' | 'facilities' | 'employers' | 'collectionPoints' | 'faq' | 'feedback' | 'news' }
  | AccountScreen;
export type ScreenName = Screen['name'];

export function missingCase(x: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(x)}`);
}
