/** The kiosk's screens as a discriminated union; `missingCase` makes every switch exhaustive. */
export type Screen = { readonly name: 'home' } | { readonly name: 'lookup' };
export type ScreenName = Screen['name'];

export function missingCase(x: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(x)}`);
}
