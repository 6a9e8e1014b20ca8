/**
 * Tells a keyboard-wedge reader from a person at the keyboard (docs/readers.md): a reader "types" a whole code in a
 * burst, keys a few milliseconds apart, ending in Enter; nobody types 8 keys under 30 ms apart. Pure: the DOM side
 * (wedge-capture.ts) feeds it key events with their time and does what it answers. From the third fast key on, a
 * suspected burst is swallowed (it must not reach a focused field); the first keys cannot be told apart yet and have
 * "leaked": when Enter confirms the burst, the DOM side puts the field back as it was before the burst. A fast run
 * that turns out too short (or stops without Enter) is handed back to be typed after all.
 */
export interface WedgeBurstOptions {
  /** Longest gap between two keys of one burst. Default 30 ms. */
  readonly maxGapMs?: number;
  /** Fewest characters a scan has. Default 8. */
  readonly minChars?: number;
  /** Fast keys after which the run is treated as a burst and swallowed. Default 3. */
  readonly suspectAfter?: number;
  /** Longest scan kept (then the run is dropped). Default 2,000 characters. */
  readonly maxChars?: number;
}

export type WedgeKeyResult =
  /** An ordinary key: let it through. */
  | { readonly kind: 'pass' }
  /** Part of a burst: prevent it. */
  | { readonly kind: 'swallow' }
  /** Enter ended a burst: prevent it, undo the `leaked` first keys in the field, send `text`. */
  | { readonly kind: 'scan'; readonly text: string; readonly leaked: number }
  /** A fast run that was no scan: type `text` (the swallowed keys) into the field after all, then handle this key. */
  | { readonly kind: 'replay'; readonly text: string };

export interface WedgeBurstDetector {
  key(key: string, at: number): WedgeKeyResult;
  /** No key came for a while: a swallowed run without Enter is handed back (`replay`), or null. */
  idle(): WedgeKeyResult | null;
  /** Whether a run is being swallowed (the DOM side then arms its idle timer). */
  readonly swallowing: boolean;
}

export function createWedgeBurstDetector(options: WedgeBurstOptions = {}): WedgeBurstDetector {
  const maxGap = options.maxGapMs ?? 30;
  const minChars = options.minChars ?? 8;
  const suspectAfter = options.suspectAfter ?? 3;
  const maxChars = options.maxChars ?? 2000;
  let chars: string[] = [];
  let leaked = 0;
  let last = -Infinity;

  const swallowed = (): string => chars.slice(leaked).join('');
  const reset = (): void => {
    chars = [];
    leaked = 0;
  };
  /** Ends the current run; its swallowed keys, if any, go back to the field. */
  const endRun = (): WedgeKeyResult | null => {
    const back = swallowed();
    reset();
    return back === '' ? null : { kind: 'replay', text: back };
  };

  return {
    get swallowing() {
      return chars.length > leaked;
    },
    key(key, at) {
      const fast = at - last <= maxGap;
      last = at;
      if (key === 'Enter') {
        if (fast && chars.length >= minChars) {
          const out: WedgeKeyResult = { kind: 'scan', text: chars.join(''), leaked };
          reset();
          return out;
        }
        return endRun() ?? { kind: 'pass' };
      }
      // Modifier keys (Shift before a capital) carry no character and do not break a burst.
      if (key === 'Shift' || key === 'Alt' || key === 'Control' || key === 'AltGraph' || key === 'CapsLock') return { kind: 'pass' };
      if (key.length !== 1 && key !== 'Backspace') return endRun() ?? { kind: 'pass' };
      if (!fast && chars.length > 0) {
        const back = endRun();
        if (back) {
          // The new key starts the next run after the replay.
          if (key !== 'Backspace') {
            chars = [key];
            leaked = 1;
          }
          return back;
        }
      }
      if (key === 'Backspace') {
        // An input method rewriting the burst (Unikey deletes and retypes); outside a burst, an ordinary key.
        if (chars.length > leaked && fast) {
          chars.pop();
          return { kind: 'swallow' };
        }
        reset();
        return { kind: 'pass' };
      }
      chars.push(key);
      if (chars.length > maxChars) {
        reset();
        return { kind: 'swallow' };
      }
      if (chars.length < suspectAfter) {
        leaked = chars.length;
        return { kind: 'pass' };
      }
      return { kind: 'swallow' };
    },
    idle: () => endRun(),
  };
}
