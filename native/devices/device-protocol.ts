/**
 * The message protocol between the host process and the device child process (child_process.fork
 * in the browser host; Electron's utilityProcess would carry the same messages). Every message is
 * zod-parsed on arrival: a confused or compromised peer cannot inject half-formed data.
 */
import { z } from 'zod';
import { readerErrorCodeSchema, readerTransportSchema } from '../../preload/contract/channels/devices';

const status = z.enum(['absent', 'opening', 'ready', 'error']);
export const readerStateSchema = z.object({
  status,
  model: z.string().nullable(),
  lastError: z.string().nullable(),
  readerMode: z.enum(['hid-pos', 'keyboard-wedge', 'unknown']).nullable(),
  transport: readerTransportSchema.nullable(),
  port: z.string().nullable(),
  errorCode: readerErrorCodeSchema.nullable(),
});
export const printerStateSchema = z.object({
  status,
  model: z.string().nullable(),
  lastError: z.string().nullable(),
  paper: z.enum(['ok', 'low', 'out']).nullable(),
  cover: z.enum(['open', 'closed']).nullable(),
  online: z.boolean().nullable(),
});
export const devicesStateSchema = z.object({ reader: readerStateSchema, printer: printerStateSchema });

const receiptLine = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string().max(500),
    bold: z.boolean().optional(),
    align: z.enum(['left', 'center', 'right']).optional(),
    size: z.enum(['normal', 'large']).optional(),
  }),
  z.object({ kind: z.literal('pair'), label: z.string().max(200), value: z.string().max(500) }),
  z.object({ kind: z.literal('qr'), data: z.string().max(2000) }),
  z.object({ kind: z.literal('rule') }),
  z.object({ kind: z.literal('feed'), lines: z.number().int().min(0).max(20) }),
]);
export const receiptSchema = z.object({
  title: z.string().max(200),
  lines: z.array(receiptLine).max(200).readonly(),
  reprint: z.boolean().optional(),
  footer: z.string().max(500).optional(),
});

export const printOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['disconnected', 'paper-out', 'cover-open', 'offline', 'timeout', 'error']),
    sent: z.boolean(),
    message: z.string(),
  }),
]);

export const deviceCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('print'), receipt: receiptSchema }),
  z.object({ type: z.literal('status') }),
  z.object({ type: z.literal('emulator.scan'), bytesBase64: z.string().max(200_000) }),
  z.object({ type: z.literal('emulator.readerState'), connected: z.boolean() }),
  z.object({
    type: z.literal('emulator.printerState'),
    paper: z.enum(['ok', 'low', 'out']).optional(),
    cover: z.enum(['open', 'closed']).optional(),
    connected: z.boolean().optional(),
  }),
  z.object({ type: z.literal('emulator.receipts') }),
  z.object({ type: z.literal('emulator.receiptPng'), id: z.string().max(100) }),
]);
export type DeviceCommand = z.infer<typeof deviceCommandSchema>;

export const emulatedReceiptSchema = z.object({ id: z.string(), text: z.string() });

/** What each command answers (the `value` of a reply). */
export const commandResultSchemas = {
  print: printOutcomeSchema,
  status: devicesStateSchema,
  'emulator.scan': z.object({ delivered: z.boolean() }),
  'emulator.readerState': z.object({ connected: z.boolean() }),
  'emulator.printerState': z.object({ paper: z.enum(['ok', 'low', 'out']), cover: z.enum(['open', 'closed']), connected: z.boolean() }),
  'emulator.receipts': z.array(emulatedReceiptSchema),
  'emulator.receiptPng': z.object({ pngBase64: z.string().nullable() }),
} as const satisfies Record<DeviceCommand['type'], z.ZodType>;
export type CommandResult<T extends DeviceCommand['type']> = z.infer<(typeof commandResultSchemas)[T]>;

export const parentMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('command'), id: z.number().int(), command: deviceCommandSchema }),
  z.object({ kind: z.literal('ping'), id: z.number().int() }),
]);
export type ParentMessage = z.infer<typeof parentMessageSchema>;

export const childEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('deviceState'), state: devicesStateSchema }),
  /** `text` is personal data: it is parsed in the host and never logged. */
  z.object({
    type: z.literal('scanned'),
    length: z.number().int(),
    text: z.string().nullable(),
    error: z.string().nullable(),
    /** Why a scan could not be read, when the device layer knows (e.g. 'no-terminator'); the host words it. */
    errorCode: readerErrorCodeSchema.nullable().optional(),
  }),
  /** The outcome of a print command, also sent as its reply (kept as an event for observers). */
  z.object({ type: z.literal('printResult'), commandId: z.number().int(), outcome: printOutcomeSchema }),
]);
export type ChildEvent = z.infer<typeof childEventSchema>;

export const childMessageSchema = z.discriminatedUnion('kind', [
  /** `error` (English) when the command failed, else `value` (checked against commandResultSchemas by the caller). */
  z.object({ kind: z.literal('reply'), id: z.number().int(), value: z.unknown().optional(), error: z.string().optional() }),
  z.object({ kind: z.literal('pong'), id: z.number().int() }),
  z.object({ kind: z.literal('event'), event: childEventSchema }),
  z.object({ kind: z.literal('ready') }),
]);
export type ChildMessage = z.infer<typeof childMessageSchema>;
