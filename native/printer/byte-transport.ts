/** A bidirectional byte pipe to a receipt printer (TCP 9100, USB printer class, HID, emulator). */
export type ByteTransport = {
  /** Resolves when the bytes were handed to the OS/device; rejects with an English message on failure. */
  write(bytes: Uint8Array): Promise<void>;
  /** Subscribes to bytes coming back from the printer (status replies, ASB); returns an unsubscribe. */
  onData(cb: (bytes: Uint8Array) => void): () => void;
  close(): Promise<void>;
  readonly kind: string;
};
