/**
 * Structured logs without personal data. Fields whose names suggest personal data are masked unless
 * the debug flag (KIOSK_LOG_PII=1) is set; callers should not pass such data in the first place,
 * this is the net under them (design decision 7).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const LEVELS: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };
const PII_FIELD = /name|id_?number|insurance|phone|email|address|payload|raw|scan|password|otp|dob|birth|token/i;

export interface LoggerOptions {
  readonly level?: LogLevel;
  /** Allow personal data in logs (troubleshooting only). */
  readonly allowPii?: boolean;
  /** Where lines go; defaults to stderr. */
  readonly sink?: (line: string) => void;
  readonly now?: () => Date;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const min = LEVELS[options.level ?? 'info'];
  const sink = options.sink ?? ((line: string) => process.stderr.write(line + '\n'));
  const now = options.now ?? (() => new Date());
  const write = (level: LogLevel, event: string, fields?: LogFields): void => {
    if (LEVELS[level] < min) return;
    const out: Record<string, unknown> = { t: now().toISOString(), level, event };
    for (const [k, v] of Object.entries(fields ?? {})) {
      if (v === undefined) continue;
      out[k] = !options.allowPii && PII_FIELD.test(k) ? '[redacted]' : v;
    }
    sink(JSON.stringify(out));
  };
  return {
    debug: (e, f) => write('debug', e, f),
    info: (e, f) => write('info', e, f),
    warn: (e, f) => write('warn', e, f),
    error: (e, f) => write('error', e, f),
  };
}

export const silentLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
