import type { MessageKey } from '../i18n/i18n';

/**
 * A sentence for the officer, as a catalogue key and its parameters (worded in the console's language when shown).
 * Its own module so that officer-card-print can build one without importing officer-store back (an import cycle).
 */
export interface OfficerMessage {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}
