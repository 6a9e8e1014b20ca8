/**
 * The one way a citizen's visit ends in the renderer (idle timeout, sign-out, "Trang chủ", end of a flow):
 * every registered citizen store forgets its data, web storage loses everything but the keys the kiosk itself
 * needs, and the host is told to destroy its side of the visit (session, OTPs, temporary files).
 * app-store's resetCitizen() calls wipeCitizen(), so every screen that already "goes home and forgets" gets
 * the whole wipe; a new store holding citizen data only has to registerCitizenReset() once.
 */
import type { KioskApi } from '../../preload/contract/kiosk-api';
import { resetInputMethod } from '../ui/keyboard/input-method-store';

export type WipeReason = 'timeout' | 'sign-out' | 'flow-end';

interface Registered {
  readonly reset: () => void;
  /** JSON-safe view of the store, for the emulated-mode state dump (residue tests). */
  readonly dump?: (() => unknown) | undefined;
}

const registry = new Map<string, Registered>([
  // The on-screen keyboard's typing method (Telex or VNI) is the citizen's choice too; it lives with the keyboard.
  ['inputMethod', { reset: resetInputMethod }],
]);

/**
 * A store holding citizen data registers how to forget it (and, optionally, how to show it to the dev state
 * dump). Registering the same name again replaces the entry; the returned function removes it.
 */
export function registerCitizenReset(name: string, reset: () => void, dump?: () => unknown): () => void {
  const entry: Registered = { reset, dump };
  registry.set(name, entry);
  return () => {
    if (registry.get(name) === entry) registry.delete(name);
  };
}

/**
 * Web storage keys that are not about the citizen: the host token of this tab, display settings, language, and the
 * counter console's own settings (same origin, so the same localStorage when a PC opens both).
 */
const KEPT_KEYS = new Set<string>(['kiosk-host-token']);
const KEPT_PREFIXES: readonly string[] = ['kiosk-display', 'kiosk-locale', 'officer-'];

export function isKeptStorageKey(key: string): boolean {
  return KEPT_KEYS.has(key) || KEPT_PREFIXES.some((p) => key.startsWith(p));
}

function clearStorage(storage: Storage | undefined): void {
  if (storage === undefined) return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null && !isKeptStorageKey(k)) keys.push(k);
  }
  for (const k of keys) storage.removeItem(k);
}

const storageOf = (name: 'localStorage' | 'sessionStorage'): Storage | undefined => {
  try {
    return typeof globalThis[name] === 'undefined' ? undefined : globalThis[name];
  } catch {
    // Storage access can throw (disabled storage, opaque origin): nothing to wipe there.
    return undefined;
  }
};

/**
 * Forgets the citizen everywhere but the app store (whose resetCitizen calls this after replacing its own citizen
 * state) and asks the host to end the visit. A failing store reset does not stop the others.
 */
export function wipeCitizen(api: Pick<KioskApi, 'system'>, reason: WipeReason): Promise<unknown> {
  for (const { reset } of registry.values()) {
    try {
      reset();
    } catch {
      // Keep wiping: one broken store must not leave the others' data on screen.
    }
  }
  clearStorage(storageOf('localStorage'));
  clearStorage(storageOf('sessionStorage'));
  return api.system.endVisit({ reason });
}

/** JSON-safe views of every registered store (dev state dump only). */
export function dumpRegisteredStores(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, { dump }] of registry) if (dump) out[name] = dump();
  return out;
}
