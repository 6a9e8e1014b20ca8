import { CODEPAGE_NUMBERS, decodeCodepageByte, type CodepageMappingName, type EmulatorCodepage } from './codepage-tables.js';
import { CELL_WIDTH, LINE_DOTS, renderPaperPng, type PaperAlign, type PaperElement, type PaperSegment } from './emulator-render.js';
import { parseNext, type EscPosAction } from './escpos-parser.js';

// An in-process ESC/POS printer (Epson TM-T20-like) used for demo mode and tests: it really
// parses the byte stream, answers DLE EOT status requests per the Epson spec and produces
// receipts (decoded text + PNG).
//
// Offline behaviour (paper out, cover open, error): like a real printer, print data keeps
// arriving in the receive buffer but is not printed; real-time commands (DLE EOT) are still
// answered. Held print data is printed, in order, as soon as setState() makes the printer ready
// again. Held data beyond MAX_HELD_BYTES is dropped (a real printer would assert BUSY instead).
// While `connected` is false the emulator behaves like an unplugged cable: writes are lost and
// nothing is answered.

export type EmulatorPaper = 'ok' | 'low' | 'out';

export type EmulatorState = {
  readonly paper: EmulatorPaper;
  readonly cover: 'closed' | 'open';
  readonly connected: boolean;
  /** A mechanical error (reported as an autocutter error). */
  readonly error: boolean;
};

export type EmulatorStatePatch = {
  readonly paper?: EmulatorPaper;
  readonly cover?: 'closed' | 'open';
  readonly connected?: boolean;
  readonly error?: boolean;
};

export type EmulatedReceipt = {
  readonly id: string;
  /** NFC lines joined by "\n": decoded code-page text, "[QR] data", "[image WxH]" for raster graphics. */
  readonly text: string;
  readonly qrCodes: readonly string[];
  /** Rendered paper (1 px per printer dot, plus a white margin). */
  png(): Buffer;
  readonly finishedAt: number;
};

export type EscPosEmulatorOptions = {
  readonly codepageMapping?: CodepageMappingName;
  /** Printable width in dots: 576 (80 mm) by default, 384 for 58 mm. */
  readonly paperWidthDots?: number;
  readonly now?: () => number;
};

export const MAX_HELD_BYTES = 8 * 1024 * 1024;

type Style = { bold: boolean; invert: boolean; width: number; height: number; align: PaperAlign; codepage: EmulatorCodepage };

type HeldAction = { readonly action: EscPosAction; readonly bytes: number };

const DEFAULT_STYLE: Readonly<Style> = { bold: false, invert: false, width: 1, height: 1, align: 'left', codepage: 'cp437' };

/** Epson status bytes: bits 1 and 4 are always 1, bits 0 and 7 always 0. */
const STATUS_FIXED = 0x12;

function decodeQrData(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC');
  } catch {
    return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  }
}

function isCombining(ch: string): boolean {
  return /^\p{M}$/u.test(ch);
}

export class EscPosEmulator {
  #state: EmulatorState = { paper: 'ok', cover: 'closed', connected: true, error: false };
  #pending: Uint8Array = new Uint8Array(0);
  #held: HeldAction[] = [];
  #heldBytes = 0;
  #style: Style = { ...DEFAULT_STYLE };
  #line: PaperSegment[] = [];
  #lineAlign: PaperAlign | null = null;
  #lineCells = 0;
  #lineHadGraphics = false;
  #elements: PaperElement[] = [];
  #qr: { size: number; ec: 'L' | 'M' | 'Q' | 'H'; data: Uint8Array | null } = { size: 3, ec: 'L', data: null };
  #asbMask = 0;
  #receipts: EmulatedReceipt[] = [];
  #receiptListeners = new Set<(receipt: EmulatedReceipt) => void>();
  #unsolicitedListeners = new Set<(bytes: Uint8Array) => void>();
  readonly #mapping: Readonly<Record<number, EmulatorCodepage>>;
  readonly #paperWidth: number;
  readonly #now: () => number;
  readonly #columns: number;

  constructor(options: EscPosEmulatorOptions = {}) {
    this.#mapping = CODEPAGE_NUMBERS[options.codepageMapping ?? 'epson'];
    this.#paperWidth = options.paperWidthDots ?? 576;
    this.#columns = Math.max(1, Math.floor(this.#paperWidth / CELL_WIDTH));
    this.#now = options.now ?? Date.now;
  }

  get state(): EmulatorState {
    return this.#state;
  }

  get ready(): boolean {
    const s = this.#state;
    return s.connected && s.paper !== 'out' && s.cover === 'closed' && !s.error;
  }

  /** Bytes received while offline and not yet printed. */
  get heldBytes(): number {
    return this.#heldBytes;
  }

  setState(patch: EmulatorStatePatch): void {
    const before = this.#state;
    this.#state = {
      paper: patch.paper ?? before.paper,
      cover: patch.cover ?? before.cover,
      connected: patch.connected ?? before.connected,
      error: patch.error ?? before.error,
    };
    if (this.ready && this.#held.length > 0) {
      const held = this.#held;
      this.#held = [];
      this.#heldBytes = 0;
      for (const h of held) this.#execute(h.action);
    }
    if (this.#asbMask !== 0 && this.#state.connected && this.#asbBytes(before).some((b, i) => b !== this.#asbBytes(this.#state)[i])) {
      this.#emitUnsolicited(Uint8Array.from(this.#asbBytes(this.#state)));
    }
  }

  receipts(): readonly EmulatedReceipt[] {
    return [...this.#receipts];
  }

  onReceipt(cb: (receipt: EmulatedReceipt) => void): () => void {
    this.#receiptListeners.add(cb);
    return () => this.#receiptListeners.delete(cb);
  }

  /** Bytes the printer sends on its own (Automatic Status Back after `GS a`). */
  onUnsolicited(cb: (bytes: Uint8Array) => void): () => void {
    this.#unsolicitedListeners.add(cb);
    return () => this.#unsolicitedListeners.delete(cb);
  }

  /** Feeds bytes from the host; returns the printer's immediate reply bytes (status replies). */
  write(bytes: Uint8Array): Uint8Array {
    if (!this.#state.connected) return new Uint8Array(0);
    const buf = this.#pending.length === 0 ? bytes : concat(this.#pending, bytes);
    const reply: number[] = [];
    let i = 0;
    while (i < buf.length) {
      const r = parseNext(buf, i);
      if (r.kind === 'need-more') break;
      i += Math.max(1, r.consumed);
      this.#dispatch(r.action, r.consumed, reply);
    }
    // Copy so a caller reusing its buffer cannot change bytes we still have to parse.
    this.#pending = buf.slice(i);
    return Uint8Array.from(reply);
  }

  #dispatch(action: EscPosAction, bytes: number, reply: number[]): void {
    switch (action.t) {
      case 'status':
        reply.push(this.#statusByte(action.n));
        return;
      case 'asb':
        this.#asbMask = action.mask;
        if (action.mask !== 0) reply.push(...this.#asbBytes(this.#state));
        return;
      case 'skip':
        return;
      default:
        if (this.ready && this.#held.length === 0) {
          this.#execute(action);
        } else if (this.#heldBytes + bytes <= MAX_HELD_BYTES) {
          this.#held.push({ action, bytes });
          this.#heldBytes += bytes;
        }
    }
  }

  #statusByte(n: 1 | 2 | 3 | 4): number {
    const s = this.#state;
    const paperOut = s.paper === 'out';
    const coverOpen = s.cover === 'open';
    switch (n) {
      case 1: // printer status: bit 3 offline
        return STATUS_FIXED | (this.ready ? 0 : 0x08);
      case 2: // offline cause: bit 2 cover open, bit 5 stopped by paper end, bit 6 error
        return STATUS_FIXED | (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0) | (s.error ? 0x40 : 0);
      case 3: // error cause: bit 3 autocutter error
        return STATUS_FIXED | (s.error ? 0x08 : 0);
      case 4: // roll paper sensor: bits 2-3 near end, bits 5-6 paper end (near end is also seen when out)
        return STATUS_FIXED | (s.paper !== 'ok' ? 0x0c : 0) | (paperOut ? 0x60 : 0);
      default: {
        const never: never = n;
        throw new Error(`Unknown status request ${String(never)}`);
      }
    }
  }

  /** ASB: 4 bytes; first byte has bit 4 set and bits 0, 1, 7 clear (0x10 pattern). */
  #asbBytes(s: EmulatorState): number[] {
    const offline = !(s.connected && s.paper !== 'out' && s.cover === 'closed' && !s.error);
    const b1 = 0x10 | (offline ? 0x08 : 0);
    const b2 = (s.cover === 'open' ? 0x04 : 0) | (s.error ? 0x20 : 0);
    const b3 = (s.paper !== 'ok' ? 0x03 : 0) | (s.paper === 'out' ? 0x0c : 0);
    return [b1, b2, b3, 0x00];
  }

  #emitUnsolicited(bytes: Uint8Array): void {
    for (const cb of this.#unsolicitedListeners) {
      try {
        cb(bytes);
      } catch {
        // A failing listener must not break the printer for the others.
      }
    }
  }

  #execute(action: EscPosAction): void {
    const st = this.#style;
    switch (action.t) {
      case 'init':
        this.#style = { ...DEFAULT_STYLE };
        this.#clearLine(); // ESC @ discards the unprinted line buffer
        return;
      case 'text':
        this.#text(action.bytes);
        return;
      case 'tab': {
        const next = Math.min(this.#columns, (Math.floor(this.#lineCells / 8) + 1) * 8);
        this.#appendText(' '.repeat(Math.max(0, next - this.#lineCells)));
        return;
      }
      case 'lf':
        this.#lineFeed();
        return;
      case 'feed-lines':
        this.#flushLine();
        if (action.lines > 0) this.#elements.push({ k: 'blank', dots: action.lines * LINE_DOTS });
        return;
      case 'feed-dots':
        this.#flushLine();
        if (action.dots > 0) this.#elements.push({ k: 'blank', dots: action.dots });
        return;
      case 'codepage':
        st.codepage = this.#mapping[action.n] ?? 'cp437';
        return;
      case 'align':
        st.align = action.align;
        return;
      case 'bold':
        st.bold = action.on;
        return;
      case 'invert':
        st.invert = action.on;
        return;
      case 'size':
        st.width = action.width;
        st.height = action.height;
        return;
      case 'print-mode':
        st.bold = action.bold;
        st.width = action.width;
        st.height = action.height;
        return;
      case 'raster':
        this.#image(action);
        return;
      case 'qr-model':
        return;
      case 'qr-size':
        this.#qr.size = action.size;
        return;
      case 'qr-ec':
        this.#qr.ec = action.level;
        return;
      case 'qr-store':
        this.#qr.data = action.data;
        return;
      case 'qr-print':
        this.#printQr();
        return;
      case 'cut':
        this.#cut();
        return;
      case 'status':
      case 'asb':
      case 'skip':
        return;
      default: {
        const never: never = action;
        throw new Error(`Unknown action ${JSON.stringify(never)}`);
      }
    }
  }

  #text(bytes: Uint8Array): void {
    const cp = this.#style.codepage;
    let run = '';
    for (const b of bytes) {
      let ch = decodeCodepageByte(cp, b);
      if ((cp === 'tcvn3' || cp === 'tcvn3capitals') && ch === '\u00d0') ch = '\u0110';
      run += ch;
    }
    this.#appendText(run);
  }

  #appendText(text: string): void {
    const st = this.#style;
    for (const ch of text) {
      const cells = isCombining(ch) ? 0 : st.width;
      // The printer wraps at the right margin by itself.
      if (cells > 0 && this.#lineCells + cells > this.#columns && this.#lineCells > 0) this.#flushLine();
      if (this.#lineAlign === null) this.#lineAlign = st.align;
      const last = this.#line[this.#line.length - 1];
      if (
        last !== undefined &&
        last.bold === st.bold &&
        last.invert === st.invert &&
        last.width === st.width &&
        last.height === st.height
      ) {
        this.#line[this.#line.length - 1] = { ...last, text: last.text + ch };
      } else {
        this.#line.push({ text: ch, bold: st.bold, invert: st.invert, width: st.width, height: st.height });
      }
      this.#lineCells += cells;
    }
  }

  #clearLine(): void {
    this.#line = [];
    this.#lineAlign = null;
    this.#lineCells = 0;
    this.#lineHadGraphics = false;
  }

  /** Prints the buffered line (if any); returns whether something was printed. */
  #flushLine(): boolean {
    if (this.#line.length === 0) return false;
    const segments = this.#line.map((s) => ({ ...s, text: s.text.normalize('NFC') }));
    this.#elements.push({ k: 'text', segments, align: this.#lineAlign ?? 'left' });
    this.#clearLine();
    return true;
  }

  #lineFeed(): void {
    if (this.#flushLine()) return;
    // After ESC * strips, LF only ends the graphics line; otherwise an empty line feeds paper.
    if (this.#lineHadGraphics) {
      this.#lineHadGraphics = false;
      return;
    }
    this.#elements.push({ k: 'blank', dots: LINE_DOTS });
  }

  #image(action: Extract<EscPosAction, { t: 'raster' }>): void {
    this.#flushLine();
    if (action.widthDots === 0 || action.height === 0) return;
    const last = this.#elements[this.#elements.length - 1];
    const element: PaperElement = {
      k: 'image',
      widthDots: action.widthDots,
      height: action.height,
      bits: action.bits,
      scaleX: action.scaleX,
      scaleY: action.scaleY,
      align: this.#style.align,
    };
    // Consecutive chunks of one picture (GS v 0 in 255-row bands, ESC * strips) become one image.
    if (
      last !== undefined &&
      last.k === 'image' &&
      last.widthDots === element.widthDots &&
      last.scaleX === element.scaleX &&
      last.scaleY === element.scaleY
    ) {
      this.#elements[this.#elements.length - 1] = { ...last, height: last.height + element.height, bits: concat(last.bits, element.bits) };
    } else {
      this.#elements.push(element);
    }
    this.#lineHadGraphics = action.column;
  }

  #printQr(): void {
    const data = this.#qr.data;
    if (data === null || data.length === 0) return;
    this.#flushLine();
    this.#elements.push({ k: 'qr', data, text: decodeQrData(data), size: this.#qr.size, ec: this.#qr.ec, align: this.#style.align });
  }

  #cut(): void {
    this.#flushLine();
    const elements = this.#elements;
    this.#elements = [];
    // A cut with nothing printed since the last cut produces no receipt.
    if (!elements.some((e) => e.k !== 'blank')) return;
    const lines: string[] = [];
    const qrCodes: string[] = [];
    for (const e of elements) {
      switch (e.k) {
        case 'text':
          lines.push(
            e.segments
              .map((s) => s.text)
              .join('')
              .trimEnd(),
          );
          break;
        case 'blank':
          lines.push('');
          break;
        case 'image':
          lines.push(`[image ${e.widthDots * e.scaleX}x${e.height * e.scaleY}]`);
          break;
        case 'qr':
          lines.push(`[QR] ${e.text}`);
          qrCodes.push(e.text);
          break;
        default: {
          const never: never = e;
          throw new Error(`Unknown element ${JSON.stringify(never)}`);
        }
      }
    }
    while (lines[0] === '') lines.shift();
    while (lines[lines.length - 1] === '') lines.pop();
    const paperWidth = this.#paperWidth;
    let png: Buffer | null = null;
    const receipt: EmulatedReceipt = {
      id: `receipt-${this.#receipts.length + 1}`,
      text: lines.join('\n').normalize('NFC'),
      qrCodes,
      png: () => (png ??= renderPaperPng(elements, paperWidth)),
      finishedAt: this.#now(),
    };
    this.#receipts.push(receipt);
    for (const cb of this.#receiptListeners) {
      try {
        cb(receipt);
      } catch {
        // A failing listener must not corrupt the parser state mid-stream.
      }
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
