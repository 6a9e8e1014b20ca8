/** Device states as the manager reports them (plain data: crosses the process boundary). */
import type { ReaderErrorCode, ReaderTransport } from '../../preload/contract/channels/devices';
import type { ReaderMode } from '../reader/reader-mode';

export type DeviceStatus = 'absent' | 'opening' | 'ready' | 'error';

export interface ReaderState {
  readonly status: DeviceStatus;
  readonly model: string | null;
  /** English, for logs and the officer screen's detail line. Never contains scanned data. */
  readonly lastError: string | null;
  readonly readerMode: ReaderMode | null;
  /** How the reader is configured to reach the PC (devices.json); null before the device process reported. */
  readonly transport: ReaderTransport | null;
  /** Serial only: the port in use or last tried. */
  readonly port: string | null;
  /** Why it is not ready, for the screen to word in its language (lastError stays English, for logs). */
  readonly errorCode: ReaderErrorCode | null;
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

export const ABSENT_READER: ReaderState = Object.freeze({
  status: 'absent',
  model: null,
  lastError: null,
  readerMode: null,
  transport: null,
  port: null,
  errorCode: null,
});
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
