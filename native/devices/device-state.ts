/** Device states as the manager reports them (plain data: crosses the process boundary). */
import type { ReaderMode } from '../reader/reader-mode';

export type DeviceStatus = 'absent' | 'opening' | 'ready' | 'error';

export interface ReaderState {
  readonly status: DeviceStatus;
  readonly model: string | null;
  /** English, for logs and the officer screen's detail line. Never contains scanned data. */
  readonly lastError: string | null;
  readonly readerMode: ReaderMode | null;
}

export interface PrinterState {
  readonly status: DeviceStatus;
  readonly model: string | null;
  readonly lastError: string | null;
  readonly paper: 'ok' | 'low' | 'out' | null;
  readonly cover: 'open' | 'closed' | null;
  readonly online: boolean | null;
}

export interface DevicesState {
  readonly reader: ReaderState;
  readonly printer: PrinterState;
}

export const ABSENT_READER: ReaderState = Object.freeze({ status: 'absent', model: null, lastError: null, readerMode: null });
export const ABSENT_PRINTER: PrinterState = Object.freeze({
  status: 'absent',
  model: null,
  lastError: null,
  paper: null,
  cover: null,
  online: null,
});

/** Why a print was refused or did not complete. `sent`: bytes may have reached the printer. */
export type PrintOutcome =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'disconnected' | 'paper-out' | 'cover-open' | 'offline' | 'timeout' | 'error';
      readonly sent: boolean;
      readonly message: string;
    };

export const printerCanPrint = (p: PrinterState): boolean =>
  p.status === 'ready' && p.paper !== 'out' && p.cover !== 'open' && p.online !== false;
