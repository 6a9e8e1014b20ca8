/**
 * Typed configuration from command-line flags and environment variables (flags win).
 * Parsing never throws: it returns the config or a list of English problems for the CLI to print.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { MAX_PRINT_WAIT_SECONDS } from '../../preload/contract/call-timeouts';
import type { STATION_ROLES } from '../../preload/contract/channels/system';

export const DEVICE_MODES = ['emulated', 'hardware', 'none'] as const;
export type DeviceMode = (typeof DEVICE_MODES)[number];

const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  dataDir: z.string().min(1),
  devices: z.enum(DEVICE_MODES),
  logLevel: z.enum(['debug', 'info', 'warn', 'error']),
  logPii: z.boolean(),
  demoPersons: z.coerce.number().int().min(0).max(100_000),
  open: z.boolean(),
  /**
   * The `dev:*` channels (SMS sink, session table): only with this flag, only with emulated devices, only in the
   * browser host. Tests set it; `npm start` and `npm run host` do not, because any client holding the token could
   * otherwise read a citizen's sign-in OTP.
   */
  exposeDevChannels: z.boolean(),
  /** Idle period of every citizen screen in seconds (0 = never), overriding the per-screen defaults. */
  idleTimeoutSeconds: z.coerce.number().int().min(0).max(3600).optional(),
  /**
   * A called ticket goes back to waiting at its counter once that counter's console has not renewed the call for this
   * many seconds (tab closed, PC off, officer signed out). Default 5 minutes.
   */
  callReturnSeconds: z.coerce.number().int().min(5).max(3600).default(300),
  /**
   * The call board repeats a call after this many seconds (at most twice) while that ticket is still the one called at
   * its counter; 0 = never. Default 45 s (docs/call-board.md).
   */
  callRepeatSeconds: z.coerce.number().int().min(0).max(600).default(45),
  /** Outgoing mail server, `smtp://[user:pass@]host:port` (STARTTLS when offered) or `smtps://…` (TLS); absent = e-mails wait in the outbox. */
  smtpUrl: z
    .string()
    .url()
    .refine((u) => /^smtps?:\/\//.test(u), 'expected smtp://host:port or smtps://host:port')
    .optional(),
  mailFrom: z.string().min(3).default('"BHXH Kiosk" <kiosk@bhxh.invalid>'),
  /** CUPS queue of the BHYT card printer (`lp -d QUEUE`); absent = no card printer on this computer. */
  cardPrinter: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,126}$/, 'expected a CUPS queue name')
    .optional(),
  /** CUPS queue of the office's A4 document printer (Form 01, `lp -d QUEUE -o media=A4`); absent = none here. */
  documentPrinter: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,126}$/, 'expected a CUPS queue name')
    .optional(),
  /**
   * How long a print job may take in CUPS, from lp to "completed", before it is cancelled and reported as not
   * printed (seconds); absent = 45 s for a card, 60 s for an A4 document (main/services/cards/lp-card-printer.ts).
   */
  printWaitSeconds: z.coerce.number().int().min(1).max(MAX_PRINT_WAIT_SECONDS).optional(),
  /** The audit chain's HMAC key file (main/services/audit/audit-key.ts); absent = `<data dir>/audit-key`. */
  auditKeyFile: z.string().min(1).optional(),
  /**
   * Which station this host is, for the limits shared in the database (main/services/rate-limit): one host per
   * station. The one place it is decided; `--station` may set it later. Default 'kiosk'.
   */
  stationId: z.string().min(1).max(64).default('kiosk'),
});
/** What the parsed configuration carries beyond the schema: the station this host is (see parseStation). */
export type AppConfig = z.infer<typeof configSchema> & {
  readonly station: Station;
  /** `station.id`, for logs, audit and the stations table. */
  readonly stationId: string;
};

export type StationRole = (typeof STATION_ROLES)[number];

/**
 * One station of an office: a citizen kiosk, an officer's counter (its number is the queue counter the officer
 * serves) or a call/information display. Every host is exactly one; the default is a kiosk.
 */
export interface Station {
  readonly id: string;
  readonly role: StationRole;
  /** Only for a counter: the counter number, which officers signing in here are bound to. */
  readonly counter?: number;
}

export const MAX_STATION_NUMBER = 99;

/**
 * `kiosk`, `kiosk:N`, `counter:N` (N required: the officer's counter), `display` or `display:N`, N in 1–99.
 * The id is the normalised text (`counter:3`), so two kiosks of one office can be told apart by their number.
 */
export function parseStation(text: string): { ok: true; station: Station } | { ok: false; problem: string } {
  const m = /^(kiosk|counter|display)(?::(\d{1,2}))?$/.exec(text.trim().toLowerCase());
  const role = m?.[1] as StationRole | undefined;
  const n = m?.[2] === undefined ? undefined : Number(m[2]);
  if (!m || role === undefined || (n !== undefined && (n < 1 || n > MAX_STATION_NUMBER))) {
    return { ok: false, problem: `station: expected kiosk, counter:N or display (N from 1 to ${MAX_STATION_NUMBER}), got "${text}"` };
  }
  if (role === 'counter') {
    if (n === undefined) return { ok: false, problem: 'station: a counter needs its number, e.g. counter:1' };
    return { ok: true, station: { id: `counter:${n}`, role, counter: n } };
  }
  return { ok: true, station: { id: n === undefined ? role : `${role}:${n}`, role } };
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME.length > 0 ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'bhxh-kiosk');
}

const FLAGS: Readonly<Record<string, keyof AppConfig>> = {
  '--port': 'port',
  '--data-dir': 'dataDir',
  '--devices': 'devices',
  '--log-level': 'logLevel',
  '--demo-persons': 'demoPersons',
  '--idle-timeout': 'idleTimeoutSeconds',
  '--call-return-after': 'callReturnSeconds',
  '--call-repeat-after': 'callRepeatSeconds',
  '--smtp-url': 'smtpUrl',
  '--mail-from': 'mailFrom',
  '--card-printer': 'cardPrinter',
  '--document-printer': 'documentPrinter',
  '--print-wait': 'printWaitSeconds',
  '--audit-key-file': 'auditKeyFile',
  '--station': 'station',
};

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

export function parseAppConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const raw: Record<string, unknown> = {
    port: env.KIOSK_PORT ?? 4173,
    dataDir: env.KIOSK_DATA_DIR ?? defaultDataDir(env),
    devices: env.KIOSK_DEVICES ?? 'emulated',
    logLevel: env.KIOSK_LOG_LEVEL ?? 'info',
    logPii: env.KIOSK_LOG_PII === '1',
    demoPersons: env.KIOSK_DEMO_PERSONS ?? 2000,
    open: false,
    exposeDevChannels: env.KIOSK_EXPOSE_DEV_CHANNELS === '1',
    idleTimeoutSeconds: env.KIOSK_IDLE_TIMEOUT_S === undefined || env.KIOSK_IDLE_TIMEOUT_S === '' ? undefined : env.KIOSK_IDLE_TIMEOUT_S,
    callReturnSeconds: env.KIOSK_CALL_RETURN_S === undefined || env.KIOSK_CALL_RETURN_S === '' ? undefined : env.KIOSK_CALL_RETURN_S,
    callRepeatSeconds: env.KIOSK_CALL_REPEAT_S === undefined || env.KIOSK_CALL_REPEAT_S === '' ? undefined : env.KIOSK_CALL_REPEAT_S,
    smtpUrl: env.KIOSK_SMTP_URL === undefined || env.KIOSK_SMTP_URL === '' ? undefined : env.KIOSK_SMTP_URL,
    mailFrom: env.KIOSK_MAIL_FROM === undefined || env.KIOSK_MAIL_FROM === '' ? undefined : env.KIOSK_MAIL_FROM,
    cardPrinter: env.KIOSK_CARD_PRINTER === undefined || env.KIOSK_CARD_PRINTER === '' ? undefined : env.KIOSK_CARD_PRINTER,
    documentPrinter: env.KIOSK_DOCUMENT_PRINTER === undefined || env.KIOSK_DOCUMENT_PRINTER === '' ? undefined : env.KIOSK_DOCUMENT_PRINTER,
    printWaitSeconds: env.KIOSK_PRINT_WAIT_S === undefined || env.KIOSK_PRINT_WAIT_S === '' ? undefined : env.KIOSK_PRINT_WAIT_S,
    auditKeyFile: env.KIOSK_AUDIT_KEY_FILE === undefined || env.KIOSK_AUDIT_KEY_FILE === '' ? undefined : env.KIOSK_AUDIT_KEY_FILE,
    station: env.KIOSK_STATION === undefined || env.KIOSK_STATION === '' ? 'kiosk' : env.KIOSK_STATION,
  };
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--open') {
      raw.open = true;
      continue;
    }
    if (arg === '--expose-dev-channels') {
      raw.exposeDevChannels = true;
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = FLAGS[flag];
    if (!key) {
      problems.push(`unknown option ${flag}`);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) problems.push(`option ${flag} needs a value`);
    else raw[key] = value;
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  const station = parseStation(String(raw.station));
  if (!station.ok) problems.push(station.problem);
  if (problems.length > 0 || !parsed.success || !station.ok) return { ok: false, problems };
  return {
    ok: true,
    config: { ...parsed.data, dataDir: resolve(parsed.data.dataDir), station: station.station, stationId: station.station.id },
  };
}
