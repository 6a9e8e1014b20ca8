/**
 * The Vietnamese typing method (Telex or VNI) the citizen chose on the on-screen keyboard. Shared by every field
 * so switching once applies everywhere; back to Telex when the visit ends, for the next citizen.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { InputMethod } from './input-method';

export const DEFAULT_INPUT_METHOD: InputMethod = 'telex';

const inputMethodStore = createStore<{ readonly method: InputMethod }>()(() => ({ method: DEFAULT_INPUT_METHOD }));

/** Back to Telex for the next citizen: state/wipe-citizen.ts calls it when a visit ends (ui never imports state). */
export function resetInputMethod(): void {
  inputMethodStore.setState({ method: DEFAULT_INPUT_METHOD });
}

export function setInputMethod(method: InputMethod): void {
  inputMethodStore.setState({ method });
}

export function useInputMethod(): InputMethod {
  return useStore(inputMethodStore, (s) => s.method);
}
