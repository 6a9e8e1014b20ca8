/**
 * The kiosk settings in SQLite (kiosk_settings, one JSON value under the key 'kiosk'). A stored value that no
 * longer matches the schema (older version, hand edit) falls back to the defaults field by field rather than
 * keeping the kiosk from starting.
 */
import { DEFAULT_KIOSK_SETTINGS, kioskSettingsSchema } from '../../../preload/contract/channels/settings';
import type { KioskSettings } from '../../../preload/contract/channels/settings';
import type { Database } from '../../db/open-database';

const KEY = 'kiosk';

export interface KioskSettingsStore {
  get(): KioskSettings;
  save(settings: KioskSettings): KioskSettings;
}

function merge(stored: unknown): KioskSettings {
  const whole = kioskSettingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const pick = <K extends keyof KioskSettings>(key: K): KioskSettings[K] => {
    const one = kioskSettingsSchema.shape[key].safeParse(s[key]);
    return one.success ? (one.data as KioskSettings[K]) : DEFAULT_KIOSK_SETTINGS[key];
  };
  return { idle: pick('idle'), defaultLocale: pick('defaultLocale'), printer: pick('printer'), officeName: pick('officeName') };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function createKioskSettingsStore(db: Database, clock: () => Date = () => new Date()): KioskSettingsStore {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM kiosk_settings WHERE key = ?');
  const write = db.prepare<[string, string, string]>(
    `INSERT INTO kiosk_settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  let cached: KioskSettings | null = null;
  return {
    get() {
      if (cached) return cached;
      const row = read.get(KEY);
      cached = row ? merge(parseJson(row.value)) : DEFAULT_KIOSK_SETTINGS;
      return cached;
    },
    save(settings) {
      const valid = kioskSettingsSchema.parse(settings);
      write.run(KEY, JSON.stringify(valid), clock().toISOString());
      cached = valid;
      return valid;
    },
  };
}
