/**
 * The serial port: what the serial reader needs from a serial stack. serialport implements it for real ports and
 * for the emulator's pseudo-terminal (serialport-link.ts, the only file importing serialport); tests may implement it
 * in memory. A port that goes away (unplug, pty closed) reports onClose with an error, and is then dead.
 */
import type { SerialReaderConfig } from '../devices/device-config';

export interface SerialLink {
  onData(cb: (chunk: Uint8Array) => void): () => void;
  /** The port closed or failed; `error` null when we closed it ourselves. */
  onClose(cb: (error: Error | null) => void): () => void;
  close(): Promise<void>;
}

export type SerialLineSettings = Pick<SerialReaderConfig, 'baudRate' | 'dataBits' | 'parity' | 'stopBits'>;

export type OpenSerialPort = (path: string, settings: SerialLineSettings) => Promise<SerialLink>;
