/**
 * Counter officers and supervisors: accounts created by the administrator (admin create-officer), sign-in with
 * lockout, and sessions that end after 15 minutes without activity. Session tokens are 32 random bytes
 * (base64url) given to the client once and stored only as SHA-256: a leaked database does not leak live sessions.
 * Unknown usernames get the same answer and the same argon2 time as wrong passwords.
 *
 * Wrong passwords (issue #14) no longer lock an officer out for 15 minutes: a stranger typing at one counter could
 * lock out every officer. Instead each username has a short failure streak per station (OFFICER_BACKOFF, in the shared
 * store): after 5 failures the next attempt there waits 15 s, then 30 s, 60 s … at most 5 minutes; another station is
 * not slowed, a right password ends the streak, and a supervisor (console or `admin unlock-officer`) ends it at once.
 * The attempt is counted before the password is compared, so parallel guesses get at most 5 compares. Known, unknown
 * and disabled usernames take the same path: one reservation, one argon2 verify (a dummy hash when unknown), and the
 * same answers ('unauthorized' with no detail; 'locked-out' with retryAfterSeconds).
 */
import { createHash, createHmac } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { createSqliteRateLimitRepository } from '../../db/repositories/sqlite-rate-limit-repository';
import type { BackoffPolicy, RateLimitRepository } from '../../db/repositories/ports';
import type { PasswordHashPool } from '../accounts/password-hash-pool';
import { createPasswordHasher, PRODUCTION_PASSWORD_HASHING, type PasswordHashingOptions } from '../accounts/password-hasher';
import { appendAudit } from '../audit/audit-log';
import { getOrCreateSecret } from '../otp/database-secret';

export const OFFICER_ROLES = ['officer', 'supervisor'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

/** Per username and station: 5 failures free, then 15 s doubling to at most 5 minutes; forgotten after an hour. */
export const OFFICER_BACKOFF: BackoffPolicy = { free: 5, baseDelayMs: 15_000, maxDelayMs: 5 * 60_000, forgetAfterMs: 60 * 60_000 };
export const OFFICER_IDLE_TIMEOUT_MS = 15 * 60_000;
export const OFFICER_MIN_PASSWORD_LENGTH = 10;

export interface Officer {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: OfficerRole;
  readonly disabled: boolean;
}

/** An officer as a supervisor sees it: no password data, and the lockout end only while it is still running. */
export interface OfficerAccount extends Officer {
  readonly lockedUntil: string | null;
}

export interface OfficerSession {
  readonly officer: Officer;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
}

export interface OfficerSignIn extends OfficerSession {
  /** Give this to the client once; only its hash is stored. */
  readonly token: string;
}

export interface CreateOfficerInput {
  readonly username: string;
  readonly displayName: string;
  readonly role: OfficerRole;
  readonly password: string;
  /** Who created it, for the audit log ('admin-cli', 'officer:1'). */
  readonly actor?: string;
}

export interface OfficersDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly random: (n: number) => Uint8Array;
  readonly logger: Logger;
  readonly hashing?: PasswordHashingOptions;
  readonly idleTimeoutMs?: number;
  /** The host's shared argon2 pool (a private one when absent). */
  readonly hashPool?: PasswordHashPool;
  /** Shared store of the sign-in back-off; the SQLite one of `db` when absent. */
  readonly limits?: RateLimitRepository;
  /** This host's station (config.stationId); 'kiosk' when absent (the admin CLI, which only ends streaks). */
  readonly stationId?: string;
}

export interface OfficersService {
  createOfficer(input: CreateOfficerInput): Promise<Officer>;
  signInOfficer(input: { readonly username: string; readonly password: string }): Promise<OfficerSignIn>;
  /** The live session, or throws 'unauthorized' (unknown/ended) / 'expired' (idle too long). Does not extend it. */
  getOfficerSession(token: string): OfficerSession;
  /** Records activity: pushes the idle expiry back. */
  touch(token: string): OfficerSession;
  signOutOfficer(token: string): boolean;
  setDisabled(officerId: number, disabled: boolean, actor: string): void;
  /** Every officer, by username, with any lockout still running. */
  listOfficers(): Promise<OfficerAccount[]>;
  /** Ends the back-off of the officer's username at every station; answers whether a wait was running. Audited either way. */
  unlockOfficer(officerId: number, actor: string): Promise<{ wasLocked: boolean }>;
  /** The officer's id by username (for the admin CLI); null when unknown. */
  officerIdOf(username: string): number | null;
}

interface OfficerRow {
  readonly id: number;
  readonly username: string;
  readonly display_name: string;
  readonly role: OfficerRole;
  readonly password_hash: string;
  readonly failed_attempts: number;
  readonly locked_until: string | null;
  readonly disabled: number;
}

interface SessionRow extends OfficerRow {
  readonly token_hash: string;
  readonly created_at: string;
  readonly last_seen_at: string;
  readonly expires_at: string;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;
const WRONG_CREDENTIALS = 'wrong username or password';

export function normalizeOfficerUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

export function officerPasswordProblem(password: string): string | null {
  if ([...password].length < OFFICER_MIN_PASSWORD_LENGTH) return `at least ${OFFICER_MIN_PASSWORD_LENGTH} characters`;
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return 'letters and digits';
  return null;
}

const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export function createOfficersService(deps: OfficersDeps): OfficersService {
  const { db, clock, random, logger } = deps;
  const idleMs = deps.idleTimeoutMs ?? OFFICER_IDLE_TIMEOUT_MS;
  const hasher = createPasswordHasher(deps.hashing ?? PRODUCTION_PASSWORD_HASHING, deps.hashPool);
  const limits = deps.limits ?? createSqliteRateLimitRepository(db);
  const station = deps.stationId ?? 'kiosk';
  /** The back-off subject of a username: an HMAC, so typed usernames (anyone may type anything) are not stored. */
  const subjectOf = (username: string): { readonly scope: 'officer'; readonly subject: string } => ({
    scope: 'officer',
    subject: createHmac('sha256', getOrCreateSecret(db, 'rate-limit', random, clock()))
      .update(username, 'utf8')
      .digest('hex')
      .slice(0, 32),
  });

  const toOfficer = (r: OfficerRow): Officer => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    disabled: r.disabled === 1,
  });
  const sessionOf = (r: SessionRow): OfficerSession => ({
    officer: toOfficer(r),
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
  });
  const lockedOut = (ms: number): KioskFailure =>
    new KioskFailure('locked-out', 'too many wrong passwords; try again later', { retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) });

  const loadSession = (token: string): SessionRow => {
    const row = db
      .prepare(
        'SELECT s.token_hash, s.created_at, s.last_seen_at, s.expires_at, o.* FROM officer_sessions s JOIN officers o ON o.id = s.officer_id WHERE s.token_hash = ?',
      )
      .get(tokenHash(token)) as SessionRow | undefined;
    if (row === undefined || row.disabled === 1) throw new KioskFailure('unauthorized', 'not signed in');
    if (clock().getTime() >= Date.parse(row.expires_at)) {
      db.prepare('DELETE FROM officer_sessions WHERE token_hash = ?').run(row.token_hash);
      throw new KioskFailure('expired', 'the session ended after inactivity; sign in again');
    }
    return row;
  };

  return {
    async createOfficer(input) {
      const username = normalizeOfficerUsername(input.username);
      if (!USERNAME.test(username)) {
        throw new KioskFailure('invalid-input', 'username: 3–32 of a-z 0-9 . _ -, starting with a letter or digit', { field: 'username' });
      }
      const displayName = input.displayName.normalize('NFC').trim().replace(/\s+/g, ' ');
      if (displayName === '' || displayName.length > 100)
        throw new KioskFailure('invalid-input', 'display name is required (at most 100 characters)', { field: 'displayName' });
      if (!OFFICER_ROLES.includes(input.role))
        throw new KioskFailure('invalid-input', 'role must be officer or supervisor', { field: 'role' });
      const problem = officerPasswordProblem(input.password);
      if (problem !== null) throw new KioskFailure('invalid-input', `password needs ${problem}`, { field: 'password' });
      const hash = await hasher.hash(input.password);
      return db
        .transaction((): Officer => {
          if (db.prepare('SELECT 1 FROM officers WHERE username = ?').get(username) !== undefined) {
            throw new KioskFailure('conflict', 'an officer with this username already exists', { field: 'username' });
          }
          const now = clock();
          const info = db
            .prepare('INSERT INTO officers (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
            .run(username, displayName, input.role, hash, now.toISOString());
          const id = Number(info.lastInsertRowid);
          appendAudit(db, {
            at: now,
            actor: input.actor ?? 'system',
            action: 'officer.created',
            subjectRef: `officer:${id}`,
            details: { role: input.role },
          });
          return { id, username, displayName, role: input.role, disabled: false };
        })
        .immediate();
    },

    async signInOfficer(input) {
      const username = normalizeOfficerUsername(input.username);
      // A full hashing queue refuses before anything is counted. The reservation is one transaction of the shared store
      // (every station of the office counts the same streak), before the compare.
      hasher.assertRoom();
      const key = { ...subjectOf(username), station };
      const reserved = await limits.reserveAttempt(key, OFFICER_BACKOFF, clock().getTime());
      if (!reserved.ok) throw lockedOut(reserved.retryAfterMs);
      const row = db.prepare('SELECT * FROM officers WHERE username = ?').get(username) as OfficerRow | undefined;
      const known = row !== undefined && row.disabled === 0;
      let right = false;
      if (known) right = await hasher.verify(row.password_hash, input.password);
      else await hasher.burn(input.password);
      if (!known || !right) {
        if (reserved.retryAtMs === 0) throw new KioskFailure('unauthorized', WRONG_CREDENTIALS);
        if (known && reserved.failures === OFFICER_BACKOFF.free) {
          appendAudit(db, { at: clock(), actor: 'system', action: 'officer.locked-out', subjectRef: `officer:${row.id}` });
          logger.warn('officer.locked-out', { officerId: row.id });
        }
        throw lockedOut(reserved.retryAtMs - clock().getTime());
      }
      await limits.clearBackoff(key);
      const token = Buffer.from(random(32)).toString('base64url');
      const now = clock();
      const created = now.toISOString();
      const expires = new Date(now.getTime() + idleMs).toISOString();
      db.transaction(() => {
        db.prepare('UPDATE officers SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(row.id);
        db.prepare('DELETE FROM officer_sessions WHERE expires_at <= ?').run(created);
        db.prepare(
          'INSERT INTO officer_sessions (token_hash, officer_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)',
        ).run(tokenHash(token), row.id, created, created, expires);
        appendAudit(db, { at: now, actor: `officer:${row.id}`, action: 'officer.signed-in', subjectRef: `officer:${row.id}` });
      }).immediate();
      logger.info('officer.signed-in', { officerId: row.id });
      return { token, officer: toOfficer(row), createdAt: created, lastSeenAt: created, expiresAt: expires };
    },

    getOfficerSession: (token) => sessionOf(loadSession(token)),

    touch(token) {
      const row = loadSession(token);
      const now = clock();
      const expires = new Date(now.getTime() + idleMs).toISOString();
      db.prepare('UPDATE officer_sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?').run(
        now.toISOString(),
        expires,
        row.token_hash,
      );
      return { ...sessionOf(row), lastSeenAt: now.toISOString(), expiresAt: expires };
    },

    signOutOfficer(token) {
      const row = db.prepare('SELECT officer_id FROM officer_sessions WHERE token_hash = ?').get(tokenHash(token)) as
        { officer_id: number } | undefined;
      if (row === undefined) return false;
      db.transaction(() => {
        db.prepare('DELETE FROM officer_sessions WHERE token_hash = ?').run(tokenHash(token));
        appendAudit(db, {
          at: clock(),
          actor: `officer:${row.officer_id}`,
          action: 'officer.signed-out',
          subjectRef: `officer:${row.officer_id}`,
        });
      }).immediate();
      return true;
    },

    async listOfficers() {
      const waitingUntil = async (r: OfficerRow, nowMs: number): Promise<string | null> => {
        const until = await limits.backoffUntil(subjectOf(r.username), nowMs);
        return until === null ? null : new Date(until).toISOString();
      };
      const nowMs = clock().getTime();
      const rows = db.prepare('SELECT * FROM officers ORDER BY username').all() as OfficerRow[];
      return await Promise.all(rows.map(async (r) => ({ ...toOfficer(r), lockedUntil: await waitingUntil(r, nowMs) })));
    },

    async unlockOfficer(officerId, actor) {
      const row = db.prepare('SELECT username, locked_until FROM officers WHERE id = ?').get(officerId) as
        { username: string; locked_until: string | null } | undefined;
      if (row === undefined) throw new KioskFailure('not-found', 'no such officer');
      const now = clock();
      // A 15-minute lock written by an older version counts too, and goes with the streaks. The streaks live in the
      // shared store (every station's), so they are read and cleared there first: a failure after it leaves the officer
      // unlocked, which is what the supervisor asked, never locked with an audit entry saying otherwise.
      const legacy = row.locked_until !== null && Date.parse(row.locked_until) > now.getTime();
      const wasLocked = legacy || (await limits.backoffUntil(subjectOf(row.username), now.getTime())) !== null;
      await limits.clearBackoff(subjectOf(row.username));
      db.transaction(() => {
        db.prepare('UPDATE officers SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(officerId);
        appendAudit(db, {
          at: now,
          actor,
          action: 'officer.unlocked',
          subjectRef: `officer:${officerId}`,
          details: { wasLocked },
        });
      }).immediate();
      logger.info('officer.unlocked', { officerId, wasLocked });
      return { wasLocked };
    },

    officerIdOf(username) {
      const row = db.prepare('SELECT id FROM officers WHERE username = ?').get(normalizeOfficerUsername(username)) as
        { id: number } | undefined;
      return row?.id ?? null;
    },

    setDisabled(officerId, disabled, actor) {
      db.transaction(() => {
        const info = db.prepare('UPDATE officers SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, officerId);
        if (info.changes === 0) throw new KioskFailure('not-found', 'no such officer');
        if (disabled) db.prepare('DELETE FROM officer_sessions WHERE officer_id = ?').run(officerId);
        appendAudit(db, {
          at: clock(),
          actor,
          action: disabled ? 'officer.disabled' : 'officer.enabled',
          subjectRef: `officer:${officerId}`,
        });
      }).immediate();
    },
  };
}
