/**
 * The two Electron IPC channel names every call and event travel on (the contract's channel name goes inside).
 * Defined once here and imported by the preload and the Electron shell: before, each side spelt them itself and a
 * test kept the two spellings equal.
 */
export const INVOKE_CHANNEL = 'kiosk:invoke';
export const EVENT_CHANNEL = 'kiosk:event';
