import { z } from 'zod';
import { event, invoke } from '../define';
import { empty } from '../schemas';
import { hexFieldSchema, scanErrorCodeSchema } from '../scan-errors';

const status = z.enum(['absent', 'opening', 'ready', 'error']);

/** How the station's code reader reaches the PC (devices.json `reader.transport`; docs/readers.md). */
export const readerTransportSchema = z.enum(['hid', 'serial', 'keyboard']);
export type ReaderTransport = z.infer<typeof readerTransportSchema>;

/**
 * Why the reader is not ready, as a code the screen words in its own language (the English `lastError` is for logs
 * only): before, the Vietnamese device screen showed "reader disconnected: could not read from HID device".
 */
export const readerErrorCodeSchema = z.enum([
  /** No reader (HID) or no serial port found. */
  'not-found',
  /** It was open and went away (unplugged, port closed). */
  'disconnected',
  /** The device or port exists but could not be opened. */
  'open-failed',
  /** Serial port: the kiosk user may not open it (not in the `dialout` group). */
  'permission-denied',
  /** Serial port: another program holds it. */
  'port-busy',
  /** The reader shows only a HID keyboard collection: it is in keyboard-wedge mode. */
  'keyboard-collection',
  /** The reader shows a HID collection that is neither HID POS nor a keyboard. */
  'unknown-collection',
  /** Keyboard wedge: an input method (Unikey, EVKey, the OS Vietnamese keyboard) rewrote a scan. */
  'ime-damage',
  /** Serial: a scan ended without the configured terminator (the reader's suffix setting differs). */
  'no-terminator',
]);
export type ReaderErrorCode = z.infer<typeof readerErrorCodeSchema>;

export const devicesStatusSchema = z.object({
  mode: z.enum(['hardware', 'emulated', 'none']),
  reader: z.object({
    status,
    model: z.string().nullable(),
    lastError: z.string().nullable(),
    readerMode: z.enum(['hid-pos', 'keyboard-wedge', 'unknown']).nullable(),
    /** Null before the device process reported. */
    transport: readerTransportSchema.nullable(),
    /** Serial: the port in use or last tried (e.g. /dev/serial/by-id/usb-…, /dev/ttyACM0). */
    port: z.string().nullable(),
    errorCode: readerErrorCodeSchema.nullable(),
  }),
  printer: z.object({
    status,
    model: z.string().nullable(),
    lastError: z.string().nullable(),
    paper: z.enum(['ok', 'low', 'out']).nullable(),
    cover: z.enum(['open', 'closed']).nullable(),
    online: z.boolean().nullable(),
  }),
});
export type DevicesStatus = z.infer<typeof devicesStatusSchema>;

export const printJobSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  state: z.enum(['queued', 'printing', 'printed', 'failed', 'needs-attention']),
  attempts: z.number().int(),
  copyNumber: z.number().int(),
  lastError: z.string().nullable(),
});
export type PrintJob = z.infer<typeof printJobSchema>;

/** A scanned code as the screen needs it: only the fields shown, never the raw payload. */
export const scannedCodeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    code: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('cccd'),
        fullName: z.string(),
        dateOfBirth: z.string(),
        idNumber: z.string(),
        /** The old 9-digit CMND the card still carries, null when its field is empty. */
        oldIdNumber: z.string().nullable(),
        gender: z.enum(['male', 'female']),
        /** A genuine card whose number disagrees with its birth year or gender: accepted, shown flagged. */
        discrepancies: z.array(z.object({ field: z.enum(['birthYear', 'gender']), fromIdNumber: z.string(), onCard: z.string() })),
      }),
      z.object({
        kind: z.literal('bhyt'),
        fullName: z.string(),
        dateOfBirth: z.string(),
        /** Null on an old card whose code and management code do not carry the 10-digit mã số. */
        insuranceNumber: z.string().nullable(),
        gender: z.enum(['male', 'female']),
      }),
      z.object({ kind: z.literal('registration'), registrationCode: z.string() }),
    ]),
  }),
  /** Why it could not be read, as a code the screen words in its language; `field` names a broken BHYT text field. */
  z.object({
    ok: z.literal(false),
    error: z.object({ code: scanErrorCodeSchema, field: hexFieldSchema.optional() }).strict(),
  }),
]);
export type ScannedCode = z.infer<typeof scannedCodeSchema>;

/** A CCCD QR is about 200 characters; 2,000 bounds what a screen may send as one wedge scan. */
export const WEDGE_SCAN_MAX_CHARS = 2000;

export const devicesInvoke = {
  'devices:status': invoke(empty, devicesStatusSchema, 'States of the code reader and the receipt printer.'),
  'devices:testPrint': invoke(empty, z.object({ jobId: z.number().int() }), 'Queues a Vietnamese test receipt; answers the print job id.'),
  'devices:printJob': invoke(z.object({ jobId: z.number().int().min(1) }).strict(), printJobSchema, 'The state of one print job.'),
  'devices:wedgeScan': invoke(
    z.object({ text: z.string().min(1).max(WEDGE_SCAN_MAX_CHARS) }).strict(),
    z.object({ accepted: z.literal(true) }),
    "A keyboard-wedge reader's keystroke burst, captured by the screen holding the reader; decoded and answered as devices:scanned like a device's scan. Only when the station's reader is in keyboard mode (forbidden reader-not-keyboard) and only from the holder (forbidden reader-held-elsewhere).",
  ),
  'devices:claim': invoke(
    empty,
    z.object({ holder: z.literal(true) }),
    "This screen takes the station's reader when no other screen holds it (forbidden reader-held-elsewhere otherwise).",
  ),
} as const;

export const devicesEvents = {
  'devices:changed': event(devicesStatusSchema, 'Reader/printer state changed.'),
  'devices:scanned': event(
    scannedCodeSchema,
    "A code was scanned: parsed fields, or the Vietnamese error (sent only to the screen holding the station's reader, never logged).",
  ),
  'devices:printJob': event(printJobSchema, 'A print job changed state.'),
  'devices:readerFree': event(
    z.object({}).strict(),
    "The screen holding the station's reader left: a screen of this station may claim it (devices:claim).",
  ),
} as const;
