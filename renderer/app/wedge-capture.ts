/**
 * Keyboard-wedge capture (devices.json `reader.transport: "keyboard"`, docs/readers.md): while the station's reader
 * is in keyboard mode, a reader's key burst never reaches the focused field or button. Keys are watched in the capture
 * phase, before React's handlers and the on-screen keyboard's Telex; the burst goes to the host (devices:wedgeScan),
 * which decodes it and answers with devices:scanned like any scan. Off in any other reader mode: then every key is
 * the person's.
 */
import type { KioskApi } from '../../preload/contract/kiosk-api';
import type { DevicesStatus } from '../../preload/contract/channels/devices';
import { createWedgeBurstDetector } from '../lib/wedge-burst';
import type { WedgeBurstOptions } from '../lib/wedge-burst';

type Field = HTMLInputElement | HTMLTextAreaElement;

const isField = (el: Element | null): el is Field => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;

/** Sets a field's value so React sees it (its onChange listens to the native input event). */
function setFieldValue(el: Field, value: string): void {
  const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Replayed keys are marked so the capture listener lets them through. */
const REPLAYED = new WeakSet<Event>();

/** Types keys that were held back after all: as key events first (the on-screen keyboard's fields handle those). */
function replay(text: string): void {
  for (const ch of text) {
    const target = document.activeElement ?? document.body;
    const ev = new KeyboardEvent('keydown', { key: ch, bubbles: true, cancelable: true });
    REPLAYED.add(ev);
    const handled = !target.dispatchEvent(ev);
    if (!handled && isField(target)) {
      const at = target.selectionStart ?? target.value.length;
      const end = target.selectionEnd ?? at;
      setFieldValue(target, target.value.slice(0, at) + ch + target.value.slice(end));
      target.setSelectionRange(at + 1, at + 1);
    }
  }
}

export interface WedgeCapture {
  /** Turns capture on (keyboard-mode reader) or off. */
  setEnabled(on: boolean): void;
  dispose(): void;
}

export function installWedgeCapture(
  send: (text: string) => void,
  options: WedgeBurstOptions & { readonly idleMs?: number; readonly now?: () => number } = {},
): WedgeCapture {
  const detector = createWedgeBurstDetector(options);
  const now = options.now ?? (() => performance.now());
  let enabled = false;
  /** The focused field as it was before the run's first key: what a confirmed burst restores. */
  let before: { readonly el: Field; readonly value: string; readonly caret: number } | null = null;
  let timer: number | null = null;
  let lastKeyAt = -Infinity;
  const maxGap = options.maxGapMs ?? 30;

  const arm = (): void => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    if (!detector.swallowing) return;
    timer = window.setTimeout(() => {
      timer = null;
      const r = detector.idle();
      if (r?.kind === 'replay') replay(r.text);
      before = null;
    }, options.idleMs ?? 120);
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (!enabled || REPLAYED.has(e) || e.isComposing) return;
    const el = document.activeElement;
    const at = e.timeStamp || now();
    const startsRun = at - lastKeyAt > maxGap;
    lastKeyAt = at;
    const r = detector.key(e.key, at);
    switch (r.kind) {
      case 'pass':
        if (startsRun && e.key.length === 1)
          before = isField(el) ? { el, value: el.value, caret: el.selectionStart ?? el.value.length } : null;
        break;
      case 'swallow':
        e.preventDefault();
        e.stopImmediatePropagation();
        break;
      case 'scan':
        e.preventDefault();
        e.stopImmediatePropagation();
        // The first keys of the burst reached the field before it could be recognised: put the field back.
        if (r.leaked > 0 && before !== null && before.el.isConnected) {
          setFieldValue(before.el, before.value);
          before.el.setSelectionRange(before.caret, before.caret);
        }
        before = null;
        send(r.text);
        break;
      case 'replay':
        replay(r.text);
        before = isField(el) && e.key.length === 1 ? { el, value: el.value, caret: el.selectionStart ?? el.value.length } : null;
        break;
      default: {
        const never: never = r;
        throw new Error(`unknown ${JSON.stringify(never)}`);
      }
    }
    arm();
  };

  window.addEventListener('keydown', onKeyDown, { capture: true });
  return {
    setEnabled(on) {
      enabled = on;
    },
    dispose() {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      if (timer !== null) window.clearTimeout(timer);
    },
  };
}

/** Wires capture to the station's reader: on while it is in keyboard mode, its bursts sent as devices:wedgeScan. */
export function captureWedgeScans(api: KioskApi): WedgeCapture {
  const capture = installWedgeCapture((text) => void api.devices.wedgeScan({ text }));
  const apply = (s: DevicesStatus): void => capture.setEnabled(s.reader.transport === 'keyboard');
  api.devices.onChanged(apply);
  void api.devices.status({}).then((r) => {
    if (r.ok) apply(r.value);
  });
  return capture;
}
