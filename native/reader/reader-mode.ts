/**
 * Which interface a code reader exposes, from its HID collection (usage page / usage), with an
 * explanation for the device health screen. Only HID POS delivers Vietnamese text reliably: in
 * keyboard mode the OS keyboard layout and the Vietnamese IME rewrite what the scanner "types"
 * (docs/design.md, "Code readers"), and node-hid cannot even open keyboards.
 */
import { HID_POS_BARCODE_SCANNER_USAGE, HID_POS_USAGE_PAGE } from './hid-pos-report';

export type ReaderMode = 'hid-pos' | 'keyboard-wedge' | 'unknown';

export interface HidUsageDescriptor {
  /** node-hid leaves these undefined on some platforms/backends. */
  readonly usagePage?: number | undefined;
  readonly usage?: number | undefined;
}

export interface ReaderModeInfo {
  readonly mode: ReaderMode;
  /** Vietnamese, for the device health screen. */
  readonly explanation: string;
  /** English, for logs. */
  readonly explanationEn: string;
}

const GENERIC_DESKTOP_PAGE = 0x01;
const KEYBOARD_USAGE = 0x06;
const KEYPAD_USAGE = 0x07;

const hex = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;

export function detectReaderMode(d: HidUsageDescriptor): ReaderModeInfo {
  const { usagePage, usage } = d;
  if (usagePage === undefined || usage === undefined) {
    return {
      mode: 'unknown',
      explanation:
        'Không xác định được chế độ của máy đọc mã (hệ điều hành không cho biết loại thiết bị). Hãy thử rút ra, cắm lại máy đọc hoặc kiểm tra quyền truy cập thiết bị.',
      explanationEn: 'The OS did not report the HID usage page/usage of the reader.',
    };
  }
  if (usagePage === HID_POS_USAGE_PAGE && usage === HID_POS_BARCODE_SCANNER_USAGE) {
    return {
      mode: 'hid-pos',
      explanation: 'Máy đọc đang ở chế độ HID POS — đọc đúng họ tên, địa chỉ tiếng Việt có dấu.',
      explanationEn: 'The reader exposes the HID POS barcode-scanner collection.',
    };
  }
  if (usagePage === GENERIC_DESKTOP_PAGE && (usage === KEYBOARD_USAGE || usage === KEYPAD_USAGE)) {
    return {
      mode: 'keyboard-wedge',
      explanation:
        'Máy đọc đang ở chế độ bàn phím (keyboard wedge): họ tên và địa chỉ tiếng Việt có thể bị sai do bộ gõ, và ứng dụng không nhận được dữ liệu quét. Hãy quét mã cấu hình "USB HID POS" trong sách hướng dẫn của máy đọc để chuyển chế độ.',
      explanationEn: 'The reader is in keyboard-wedge mode; scan the vendor "USB HID POS" configuration code.',
    };
  }
  return {
    mode: 'unknown',
    explanation: `Thiết bị không phải máy đọc mã ở chế độ HID POS (usage page ${hex(usagePage)}, usage ${hex(usage)}). Hãy kiểm tra lại máy đọc hoặc quét mã cấu hình "USB HID POS".`,
    explanationEn: `Unrecognised HID collection (usage page ${hex(usagePage)}, usage ${hex(usage)}).`,
  };
}

/**
 * A composite device lists several collections (Windows gives each its own path): HID POS wins if
 * any collection offers it, then keyboard wedge, else unknown.
 */
export function detectReaderModeFromCollections(collections: readonly HidUsageDescriptor[]): ReaderModeInfo {
  const infos = collections.map(detectReaderMode);
  return infos.find((i) => i.mode === 'hid-pos') ?? infos.find((i) => i.mode === 'keyboard-wedge') ?? infos[0] ?? detectReaderMode({});
}
