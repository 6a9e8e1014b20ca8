import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { encoderModel, printableWidthDots, type PrinterProfile } from './printer-profile.js';
import { REPRINT_BANNER, type Receipt, type ReceiptAlign } from './receipt.js';
import { encodeCodepageLine, visibleLength, wrapVisible, type VietnameseCodepageMode } from './codepage-text.js';
import { renderReceiptBlocks } from './receipt-raster.js';

const QR_ERROR_LEVEL = 'm';

function qrModuleSize(profile: PrinterProfile): number {
  return profile.paperWidthMm === 80 ? 6 : 5;
}

/** `GS ( k` QR commands with the data as UTF-8. The encoder's qrcode() sends ISO-8859-1 (any
 *  Vietnamese letter would become "?"), so it is only used for ASCII data, where both agree. */
function qrCommandsUtf8(data: string, size: number): Uint8Array {
  const bytes = new TextEncoder().encode(data);
  const len = bytes.length + 3;
  const head = [0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00];
  const sizeCmd = [0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, size];
  const ecCmd = [0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x31];
  const store = [0x1d, 0x28, 0x6b, len & 0xff, (len >> 8) & 0xff, 0x31, 0x50, 0x30];
  const print = [0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30];
  return Uint8Array.from([0x1b, 0x61, 0x01, ...head, ...sizeCmd, ...ecCmd, ...store, ...bytes, ...print, 0x1b, 0x61, 0x00]);
}

function appendQr(encoder: ReceiptPrinterEncoder, data: string, size: number): void {
  const nfc = data.normalize('NFC');
  // The QR payload is capped by the 16-bit length field of GS ( k.
  if (new TextEncoder().encode(nfc).length > 7000) throw new Error('QR data too long for the printer');
  if (/^[\x20-\x7e]*$/u.test(nfc)) {
    encoder.align('center').qrcode(nfc, { model: 2, size, errorlevel: QR_ERROR_LEVEL }).align('left');
  } else {
    encoder.raw(qrCommandsUtf8(nfc, size)).newline();
  }
}

function encodeRaster(receipt: Receipt, profile: PrinterProfile): Uint8Array {
  const width = printableWidthDots(profile);
  const encoder = new ReceiptPrinterEncoder({ printerModel: encoderModel(profile.model), imageMode: 'raster' });
  encoder.initialize();
  for (const block of renderReceiptBlocks(receipt, width)) {
    switch (block.kind) {
      case 'image':
        encoder.image({ data: block.rgba, width: block.width, height: block.height }, block.width, block.height, 'threshold', 128);
        break;
      case 'qr':
        appendQr(encoder, block.data, qrModuleSize(profile));
        break;
      default: {
        const never: never = block;
        throw new Error(`Unknown raster block ${JSON.stringify(never)}`);
      }
    }
  }
  return encoder.cut('partial').encode();
}

const ESC_ALIGN: Readonly<Record<ReceiptAlign, number>> = { left: 0, center: 1, right: 2 };

function encodeCodepage(receipt: Receipt, profile: PrinterProfile, mode: VietnameseCodepageMode): Uint8Array {
  const model = profile.model;
  const encoder = new ReceiptPrinterEncoder({ printerModel: encoderModel(model) });
  const columns = encoder.columns;
  encoder.initialize();

  // Every text line is sent as raw bytes, laid out by visible characters (see codepage-text.ts).
  type Style = { readonly align?: ReceiptAlign; readonly bold?: boolean; readonly large?: boolean; readonly invert?: boolean };
  const emit = (text: string, style: Style = {}): void => {
    const scale = style.large === true ? 2 : 1;
    for (const piece of wrapVisible(text, Math.floor(columns / scale) - (style.invert === true ? 2 : 0))) {
      encoder.raw([
        0x1b,
        0x61,
        ESC_ALIGN[style.align ?? 'left'],
        0x1b,
        0x45,
        style.bold === true ? 1 : 0,
        0x1d,
        0x21,
        style.large === true ? 0x11 : 0x00,
        0x1d,
        0x42,
        style.invert === true ? 1 : 0,
      ]);
      // Inverted text gets a space on each side so the black band frames it.
      encoder.raw(encodeCodepageLine(style.invert === true ? ` ${piece} ` : piece, mode, model));
      encoder.raw([0x1d, 0x42, 0, 0x1d, 0x21, 0, 0x1b, 0x45, 0, 0x1b, 0x61, 0, 0x0a]);
    }
  };
  const emitPair = (label: string, value: string): void => {
    const pad = columns - visibleLength(label) - visibleLength(value);
    if (pad < 1) {
      emit(label);
      emit(value, { align: 'right', bold: true });
      return;
    }
    encoder.raw(encodeCodepageLine(`${label}${' '.repeat(pad)}`, mode, model));
    encoder.raw([0x1b, 0x45, 1]);
    encoder.raw(encodeCodepageLine(value, mode, model));
    encoder.raw([0x1b, 0x45, 0, 0x0a]);
  };

  if (receipt.reprint === true) emit(REPRINT_BANNER, { align: 'center', bold: true, large: true, invert: true });
  emit(receipt.title, { align: 'center', bold: true, large: true });
  for (const l of receipt.lines) {
    switch (l.kind) {
      case 'text':
        emit(l.text, { align: l.align ?? 'left', bold: l.bold === true, large: l.size === 'large' });
        break;
      case 'pair':
        emitPair(l.label, l.value);
        break;
      case 'qr':
        appendQr(encoder, l.data, qrModuleSize(profile));
        break;
      case 'rule':
        encoder.raw([...new TextEncoder().encode('-'.repeat(columns)), 0x0a]);
        break;
      case 'feed':
        if (l.lines > 0) encoder.raw(new Array<number>(Math.floor(l.lines)).fill(0x0a));
        break;
      default: {
        const never: never = l;
        throw new Error(`Unknown receipt line ${JSON.stringify(never)}`);
      }
    }
  }
  if (receipt.footer !== undefined) {
    encoder.raw([0x0a]);
    emit(receipt.footer, { align: 'center' });
  }
  return encoder.cut('partial').encode();
}

/** Encodes a receipt to ESC/POS bytes for the profile's printer, ending with a partial cut. */
export function encodeReceipt(receipt: Receipt, profile: PrinterProfile): Uint8Array {
  switch (profile.textMode) {
    case 'raster':
      return encodeRaster(receipt, profile);
    case 'windows1258':
    case 'tcvn3':
      return encodeCodepage(receipt, profile, profile.textMode);
    default: {
      const never: never = profile.textMode;
      throw new Error(`Unknown text mode ${String(never)}`);
    }
  }
}
