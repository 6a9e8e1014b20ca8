// Incremental ESC/POS tokenizer: turns a byte stream into actions. Commands may be split across
// chunks anywhere; `parseNext` reports 'need-more' until a whole command is buffered. Unknown or
// malformed commands are skipped by a conservative length so the stream resynchronises, like a
// real printer would. Never throws.

export type EscPosAction =
  | { readonly t: 'init' }
  | { readonly t: 'text'; readonly bytes: Uint8Array }
  | { readonly t: 'lf' }
  | { readonly t: 'tab' }
  | { readonly t: 'feed-lines'; readonly lines: number }
  | { readonly t: 'feed-dots'; readonly dots: number }
  | { readonly t: 'codepage'; readonly n: number }
  | { readonly t: 'align'; readonly align: 'left' | 'center' | 'right' }
  | { readonly t: 'bold'; readonly on: boolean }
  | { readonly t: 'invert'; readonly on: boolean }
  | { readonly t: 'size'; readonly width: number; readonly height: number }
  | { readonly t: 'print-mode'; readonly bold: boolean; readonly width: number; readonly height: number }
  /** Packed 1-bit rows, MSB first, 1 = black. */
  | {
      readonly t: 'raster';
      readonly widthDots: number;
      readonly height: number;
      readonly bits: Uint8Array;
      readonly scaleX: number;
      readonly scaleY: number;
      readonly column: boolean;
    }
  | { readonly t: 'qr-model'; readonly model: number }
  | { readonly t: 'qr-size'; readonly size: number }
  | { readonly t: 'qr-ec'; readonly level: 'L' | 'M' | 'Q' | 'H' }
  | { readonly t: 'qr-store'; readonly data: Uint8Array }
  | { readonly t: 'qr-print' }
  | { readonly t: 'cut' }
  // Real-time / status commands: answered even while the printer is offline.
  | { readonly t: 'status'; readonly n: 1 | 2 | 3 | 4 }
  | { readonly t: 'asb'; readonly mask: number }
  | { readonly t: 'skip' };

export type ParseResult =
  { readonly kind: 'need-more' } | { readonly kind: 'ok'; readonly consumed: number; readonly action: EscPosAction };

/** Largest command body we are willing to buffer; a bigger declared length is treated as garbage. */
export const MAX_COMMAND_BYTES = 4 * 1024 * 1024;

const NEED: ParseResult = { kind: 'need-more' };
const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;

function ok(consumed: number, action: EscPosAction): ParseResult {
  return { kind: 'ok', consumed, action };
}

function skip(consumed: number): ParseResult {
  return ok(consumed, { t: 'skip' });
}

/** Converts ESC * column strips (8 or 24 dots tall, one column per 1 or 3 bytes) to raster rows. */
function columnToRaster(data: Uint8Array, columns: number, bytesPerColumn: number): Uint8Array {
  const height = bytesPerColumn * 8;
  const rowBytes = Math.ceil(columns / 8);
  const bits = new Uint8Array(rowBytes * height);
  for (let x = 0; x < columns; x++) {
    for (let c = 0; c < bytesPerColumn; c++) {
      const byte = data[x * bytesPerColumn + c] ?? 0;
      for (let b = 0; b < 8; b++) {
        if ((byte >> (7 - b)) & 1) {
          const y = c * 8 + b;
          const idx = y * rowBytes + (x >> 3);
          bits[idx] = (bits[idx] ?? 0) | (0x80 >> (x & 7));
        }
      }
    }
  }
  return bits;
}

function parseEsc(buf: Uint8Array, i: number): ParseResult {
  const avail = buf.length - i;
  if (avail < 2) return NEED;
  const cmd = buf[i + 1] ?? 0;
  const arg = (k: number): number => buf[i + 2 + k] ?? 0;
  const withArgs = (n: number, make: () => EscPosAction): ParseResult => (avail < 2 + n ? NEED : ok(2 + n, make()));
  switch (cmd) {
    case 0x40: // ESC @
      return ok(2, { t: 'init' });
    case 0x74: // ESC t n
      return withArgs(1, () => ({ t: 'codepage', n: arg(0) }));
    case 0x61: // ESC a n (0/48 left, 1/49 center, 2/50 right)
      return withArgs(1, () => {
        const n = arg(0) % 48;
        return { t: 'align', align: n === 1 ? 'center' : n === 2 ? 'right' : 'left' };
      });
    case 0x45: // ESC E n
    case 0x47: // ESC G n (double strike looks bold on paper)
      return withArgs(1, () => ({ t: 'bold', on: (arg(0) & 1) === 1 }));
    case 0x21: // ESC ! n
      return withArgs(1, () => ({
        t: 'print-mode',
        bold: (arg(0) & 0x08) !== 0,
        width: arg(0) & 0x20 ? 2 : 1,
        height: arg(0) & 0x10 ? 2 : 1,
      }));
    case 0x64: // ESC d n
      return withArgs(1, () => ({ t: 'feed-lines', lines: arg(0) }));
    case 0x4a: // ESC J n
      return withArgs(1, () => ({ t: 'feed-dots', dots: arg(0) }));
    case 0x69: // ESC i / ESC m (legacy cut)
    case 0x6d:
      return ok(2, { t: 'cut' });
    case 0x2a: {
      // ESC * m nL nH d1..dk
      if (avail < 5) return NEED;
      const m = arg(0);
      const n = arg(1) + arg(2) * 256;
      if (m !== 0 && m !== 1 && m !== 32 && m !== 33) return skip(2);
      const perColumn = m >= 32 ? 3 : 1;
      const k = n * perColumn;
      if (avail < 5 + k) return NEED;
      const data = buf.subarray(i + 5, i + 5 + k);
      // Single-density modes (0, 32) print each column two dots wide.
      const scaleX = m === 0 || m === 32 ? 2 : 1;
      return ok(5 + k, {
        t: 'raster',
        widthDots: n,
        height: perColumn * 8,
        bits: columnToRaster(data, n, perColumn),
        scaleX,
        scaleY: 1,
        column: true,
      });
    }
    case 0x70: // ESC p m t1 t2 (drawer pulse)
      return withArgs(3, () => ({ t: 'skip' }));
    case 0x24: // ESC $ nL nH
    case 0x5c: // ESC \ nL nH
      return withArgs(2, () => ({ t: 'skip' }));
    case 0x63: {
      // ESC c 3 n / ESC c 4 n / ESC c 5 n
      if (avail < 4) return NEED;
      return skip(4);
    }
    case 0x57: // ESC W xL xH yL yH dxL dxH dyL dyH
      return withArgs(8, () => ({ t: 'skip' }));
    case 0x42: // ESC B n t (buzzer on many clones)
      return withArgs(2, () => ({ t: 'skip' }));
    case 0x44: {
      // ESC D n1..nk NUL (k <= 32)
      for (let j = i + 2; j < Math.min(buf.length, i + 2 + 33); j++) {
        if (buf[j] === 0) return skip(j - i + 1);
      }
      return avail < 2 + 33 ? NEED : skip(2);
    }
    case 0x26: {
      // ESC & y c1 c2 [x d1..d(y*x)]k : user-defined characters
      if (avail < 5) return NEED;
      const y = arg(0);
      const c1 = arg(1);
      const c2 = arg(2);
      if (y < 1 || y > 3 || c2 < c1 || c1 < 32 || c2 > 126) return skip(2);
      let j = i + 5;
      for (let c = c1; c <= c2; c++) {
        if (j >= buf.length) return NEED;
        const x = buf[j] ?? 0;
        j += 1 + x * y;
        if (j > buf.length) return NEED;
      }
      return skip(j - i);
    }
    case 0x32: // ESC 2
    case 0x3c: // ESC <
    case 0x4c: // ESC L
    case 0x53: // ESC S
    case 0x0c: // ESC FF
      return ok(2, { t: 'skip' });
    case 0x33: // ESC 3 n
    case 0x4d: // ESC M n
    case 0x2d: // ESC - n
    case 0x34: // ESC 4 n
    case 0x52: // ESC R n
    case 0x72: // ESC r n
    case 0x20: // ESC SP n
    case 0x56: // ESC V n
    case 0x7b: // ESC { n
    case 0x54: // ESC T n
    case 0x3d: // ESC = n
    case 0x25: // ESC % n
    case 0x3f: // ESC ? n
    case 0x55: // ESC U n
    case 0x65: // ESC e n
      return withArgs(1, () => ({ t: 'skip' }));
    default:
      return skip(2);
  }
}

function parseQr(body: Uint8Array): EscPosAction {
  // body = cn fn [parameters]
  const cn = body[0];
  const fn = body[1];
  if (cn !== 0x31) return { t: 'skip' };
  switch (fn) {
    case 0x41: // model: n1 (49 = model 1, 50 = model 2, 51 = micro)
      return { t: 'qr-model', model: (body[2] ?? 50) - 48 };
    case 0x43: // module size
      return { t: 'qr-size', size: Math.max(1, Math.min(16, body[2] ?? 3)) };
    case 0x45: {
      const levels = ['L', 'M', 'Q', 'H'] as const;
      return { t: 'qr-ec', level: levels[((body[2] ?? 48) - 48) & 3] ?? 'L' };
    }
    case 0x50: // store: m = 48, then data
      return { t: 'qr-store', data: body.slice(3) };
    case 0x51:
      return { t: 'qr-print' };
    default:
      return { t: 'skip' };
  }
}

function parseGs(buf: Uint8Array, i: number): ParseResult {
  const avail = buf.length - i;
  if (avail < 2) return NEED;
  const cmd = buf[i + 1] ?? 0;
  const arg = (k: number): number => buf[i + 2 + k] ?? 0;
  const withArgs = (n: number, make: () => EscPosAction): ParseResult => (avail < 2 + n ? NEED : ok(2 + n, make()));
  switch (cmd) {
    case 0x21: // GS ! n
      return withArgs(1, () => ({ t: 'size', width: ((arg(0) >> 4) & 7) + 1, height: (arg(0) & 7) + 1 }));
    case 0x42: // GS B n
      return withArgs(1, () => ({ t: 'invert', on: (arg(0) & 1) === 1 }));
    case 0x56: {
      // GS V m [n]
      if (avail < 3) return NEED;
      const m = arg(0);
      if (m === 0 || m === 1 || m === 48 || m === 49) return ok(3, { t: 'cut' });
      if (m === 65 || m === 66 || m === 97 || m === 98 || m === 103 || m === 104) return avail < 4 ? NEED : ok(4, { t: 'cut' });
      return skip(3);
    }
    case 0x76: {
      // GS v 0 m xL xH yL yH d1..dk
      if (avail < 3) return NEED;
      if (arg(0) !== 0x30 && arg(0) !== 0) return skip(2);
      if (avail < 8) return NEED;
      const m = arg(1);
      const bytesWide = arg(2) + arg(3) * 256;
      const height = arg(4) + arg(5) * 256;
      const k = bytesWide * height;
      if (k > MAX_COMMAND_BYTES || m > 51 || (m > 3 && m < 48)) return skip(2);
      if (avail < 8 + k) return NEED;
      const mode = m % 48;
      return ok(8 + k, {
        t: 'raster',
        widthDots: bytesWide * 8,
        height,
        bits: buf.slice(i + 8, i + 8 + k),
        scaleX: mode & 1 ? 2 : 1,
        scaleY: mode & 2 ? 2 : 1,
        column: false,
      });
    }
    case 0x28: {
      // GS ( fn pL pH body
      if (avail < 5) return NEED;
      const len = arg(1) + arg(2) * 256;
      if (avail < 5 + len) return NEED;
      const action = arg(0) === 0x6b ? parseQr(buf.subarray(i + 5, i + 5 + len)) : { t: 'skip' as const };
      return ok(5 + len, action);
    }
    case 0x38: {
      // GS 8 L p1 p2 p3 p4 body (graphics, 32-bit length)
      if (avail < 3) return NEED;
      if (arg(0) !== 0x4c) return skip(2);
      if (avail < 7) return NEED;
      const len = arg(1) + arg(2) * 0x100 + arg(3) * 0x10000 + arg(4) * 0x1000000;
      if (len > MAX_COMMAND_BYTES) return skip(3);
      return avail < 7 + len ? NEED : skip(7 + len);
    }
    case 0x61: // GS a n (automatic status back)
      return withArgs(1, () => ({ t: 'asb', mask: arg(0) }));
    case 0x6b: {
      // GS k m ... (barcode): m 0..6 NUL-terminated, m 65..79 with a length byte
      if (avail < 3) return NEED;
      const m = arg(0);
      if (m <= 6) {
        for (let j = i + 3; j < Math.min(buf.length, i + 3 + 256); j++) if (buf[j] === 0) return skip(j - i + 1);
        return avail < 3 + 256 ? NEED : skip(3);
      }
      if (m >= 65 && m <= 79) {
        if (avail < 4) return NEED;
        const n = arg(1);
        return avail < 4 + n ? NEED : skip(4 + n);
      }
      return skip(3);
    }
    case 0x2a: {
      // GS * x y d1..d(x*y*8) (downloaded bit image)
      if (avail < 4) return NEED;
      const k = arg(0) * arg(1) * 8;
      return avail < 4 + k ? NEED : skip(4 + k);
    }
    case 0x50: // GS P x y
    case 0x4c: // GS L nL nH
    case 0x57: // GS W nL nH
    case 0x24: // GS $ nL nH
    case 0x5c: // GS \ nL nH
      return withArgs(2, () => ({ t: 'skip' }));
    case 0x5e: // GS ^ r t m
      return withArgs(3, () => ({ t: 'skip' }));
    case 0x3a: // GS :
      return ok(2, { t: 'skip' });
    case 0x68: // GS h n
    case 0x77: // GS w n
    case 0x48: // GS H n
    case 0x66: // GS f n
    case 0x49: // GS I n
    case 0x72: // GS r n
    case 0x62: // GS b n
    case 0x2f: // GS / m
    case 0x45: // GS E n
    case 0x54: // GS T n
      return withArgs(1, () => ({ t: 'skip' }));
    default:
      return skip(2);
  }
}

function parseFs(buf: Uint8Array, i: number): ParseResult {
  const avail = buf.length - i;
  if (avail < 2) return NEED;
  const cmd = buf[i + 1] ?? 0;
  const arg = (k: number): number => buf[i + 2 + k] ?? 0;
  switch (cmd) {
    case 0x2e: // FS .
    case 0x26: // FS &
      return skip(2);
    case 0x43: // FS C n
    case 0x21: // FS ! n
    case 0x2d: // FS - n
    case 0x57: // FS W n
      return avail < 3 ? NEED : skip(3);
    case 0x53: // FS S n1 n2
    case 0x70: // FS p n m
      return avail < 4 ? NEED : skip(4);
    case 0x28: {
      if (avail < 5) return NEED;
      const len = arg(1) + arg(2) * 256;
      return avail < 5 + len ? NEED : skip(5 + len);
    }
    default:
      return skip(2);
  }
}

function parseDle(buf: Uint8Array, i: number): ParseResult {
  const avail = buf.length - i;
  if (avail < 2) return NEED;
  const cmd = buf[i + 1] ?? 0;
  if (cmd === 0x04) {
    // DLE EOT n (n = 7, 8 carry one more byte)
    if (avail < 3) return NEED;
    const n = buf[i + 2] ?? 0;
    if (n === 1 || n === 2 || n === 3 || n === 4) return ok(3, { t: 'status', n });
    if (n === 7 || n === 8) return avail < 4 ? NEED : skip(4);
    return skip(3);
  }
  if (cmd === 0x05) return avail < 3 ? NEED : skip(3); // DLE ENQ n
  if (cmd === 0x14) {
    // DLE DC4 fn ...
    if (avail < 3) return NEED;
    const fn = buf[i + 2] ?? 0;
    const len = fn === 1 || fn === 2 ? 5 : fn === 8 ? 10 : fn === 7 ? 4 : 3;
    return avail < len ? NEED : skip(len);
  }
  return skip(1);
}

/** Parses one command or text run starting at `i`. */
export function parseNext(buf: Uint8Array, i: number): ParseResult {
  const b = buf[i];
  if (b === undefined) return NEED;
  if (b >= 0x20) {
    let j = i + 1;
    while (j < buf.length && (buf[j] ?? 0) >= 0x20) j++;
    return ok(j - i, { t: 'text', bytes: buf.slice(i, j) });
  }
  switch (b) {
    case 0x0a:
    case 0x0c:
      return ok(1, { t: 'lf' });
    case 0x09:
      return ok(1, { t: 'tab' });
    case ESC:
      return parseEsc(buf, i);
    case GS:
      return parseGs(buf, i);
    case FS:
      return parseFs(buf, i);
    case DLE:
      return parseDle(buf, i);
    default:
      return skip(1); // CR, NUL, CAN and other controls: nothing to print
  }
}
