/**
 * Which reader and printer the kiosk uses: resources/devices.json (documented defaults), replaced
 * per machine by `<dataDir>/devices.json` when that file exists. zod-parsed; a broken override is
 * reported (English) and the defaults are used instead, so a typo never leaves the kiosk without
 * devices silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_PRINTER_PROFILE, printerProfileSchema } from '../printer/printer-profile';
import defaults from '../../resources/devices.json' with { type: 'json' };

const u16 = z.number().int().min(0).max(0xffff);

export const readerCandidateSchema = z
  .object({ name: z.string().optional(), vendorId: u16.optional(), productId: u16.optional(), usagePage: u16, usage: u16 })
  .readonly();

const profile = printerProfileSchema.default(DEFAULT_PRINTER_PROFILE);
const hidFraming = z
  .object({ reportId: z.number().int().min(0).max(255), lengthByte: z.boolean(), reportSize: z.number().int().min(3).max(1024) })
  .readonly();

export const printerConfigSchema = z.discriminatedUnion('transport', [
  z.object({ transport: z.literal('hid'), vendorId: u16, productId: u16, hid: hidFraming, profile }).readonly(),
  z
    .object({ transport: z.literal('tcp'), host: z.string().min(1), port: z.number().int().min(1).max(65535).default(9100), profile })
    .readonly(),
  z.object({ transport: z.literal('usblp'), path: z.string().min(1).default('/dev/usb/lp0'), profile }).readonly(),
]);

/**
 * What ends one scan on a serial line: the reader's suffix (CR, LF, CR LF), or, for readers set to send no suffix,
 * a gap of `idleMs` without bytes.
 */
export const serialTerminatorSchema = z.enum(['cr', 'lf', 'crlf', 'idle']);
export type SerialTerminator = z.infer<typeof serialTerminatorSchema>;

const hidReader = z.object({ transport: z.literal('hid'), candidates: z.array(readerCandidateSchema).min(1) }).readonly();
const serialReader = z
  .object({
    transport: z.literal('serial'),
    /** e.g. /dev/serial/by-id/usb-…-if00, /dev/ttyACM0, COM3; absent = autodetect (docs/readers.md). */
    path: z.string().min(1).optional(),
    baudRate: z.number().int().min(300).max(4_000_000).default(9600),
    dataBits: z.union([z.literal(5), z.literal(6), z.literal(7), z.literal(8)]).default(8),
    parity: z.enum(['none', 'even', 'odd', 'mark', 'space']).default('none'),
    stopBits: z.union([z.literal(1), z.literal(1.5), z.literal(2)]).default(1),
    terminator: serialTerminatorSchema.default('cr'),
    /** With terminator 'idle': silence that ends a scan. Otherwise: silence after which an unterminated scan is dropped. */
    idleMs: z.number().int().min(10).max(5000).default(80),
  })
  .readonly();
const keyboardReader = z.object({ transport: z.literal('keyboard') }).readonly();

/**
 * The reader part. `transport` is new (issue #16): a devices.json written before it has only `candidates`, which
 * still means a HID POS reader, so existing files keep parsing.
 */
export const readerConfigSchema = z.preprocess(
  (raw) => (typeof raw === 'object' && raw !== null && !('transport' in raw) && 'candidates' in raw ? { ...raw, transport: 'hid' } : raw),
  z.discriminatedUnion('transport', [hidReader, serialReader, keyboardReader]),
);

export const deviceConfigSchema = z
  .object({
    $comment: z.string().optional(),
    reader: readerConfigSchema,
    printer: printerConfigSchema,
  })
  .readonly();

export type DeviceConfig = z.infer<typeof deviceConfigSchema>;
export type ReaderCandidate = z.infer<typeof readerCandidateSchema>;
export type ReaderConfig = z.infer<typeof readerConfigSchema>;
export type SerialReaderConfig = Extract<ReaderConfig, { transport: 'serial' }>;
export type PrinterConfig = z.infer<typeof printerConfigSchema>;

export const DEFAULT_DEVICE_CONFIG: DeviceConfig = deviceConfigSchema.parse(defaults);

export interface LoadedDeviceConfig {
  readonly config: DeviceConfig;
  readonly source: 'defaults' | 'override';
  /** English problems with the override file, if it was ignored. */
  readonly problems: readonly string[];
}

export function loadDeviceConfig(dataDir: string | null): LoadedDeviceConfig {
  const file = dataDir === null ? null : join(dataDir, 'devices.json');
  if (file === null || !existsSync(file)) return { config: DEFAULT_DEVICE_CONFIG, source: 'defaults', problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return {
      config: DEFAULT_DEVICE_CONFIG,
      source: 'defaults',
      problems: [`${file}: not valid JSON (${e instanceof Error ? e.message : 'unknown'})`],
    };
  }
  const parsed = deviceConfigSchema.safeParse({ ...DEFAULT_DEVICE_CONFIG, ...(typeof raw === 'object' && raw !== null ? raw : {}) });
  if (!parsed.success)
    return {
      config: DEFAULT_DEVICE_CONFIG,
      source: 'defaults',
      problems: parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`),
    };
  return { config: parsed.data, source: 'override', problems: [] };
}

export const matchesReader = (
  c: ReaderCandidate,
  d: { vendorId: number; productId: number; usagePage?: number | undefined; usage?: number | undefined },
): boolean =>
  (c.vendorId === undefined || c.vendorId === d.vendorId) &&
  (c.productId === undefined || c.productId === d.productId) &&
  d.usagePage === c.usagePage &&
  d.usage === c.usage;
