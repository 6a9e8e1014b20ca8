/**
 * Counter officers and supervisors: accounts created by the administrator (admin create-officer), sign-in with
 * lockout, and sessions that end after 15 minutes without activity. Session tokens are 32 random bytes
 * (base64url) given to the client once and stored only as SHA-256: a leaked database does not leak live sessions.
 * Unknown usernames get the same answer and the same argon2 time as wrong passwords.
 */
import { createHash } from 'node:crypto';
import { KioskFailure } from '../../../preload/contract/result';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { createPasswordHasher, PRODUCTION_PASSWORD_HASHING, type PasswordHashingOptions } from '../accounts/password-hasher';
import { appendAudit } from '../audit/audit-log';

export const OFFICER_ROLES = ['officer', 'supervisor'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

export const OFFICER_MAX_FAILED_SIGN_INS = 5;
export const OFFICER_LOCKOUT_MS = 15 * 60_000;
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
  listOfficers(): OfficerAccount[];
  /** Ends a lockout and clears the failed-attempt count; answers whether a lockout was running. Audited either way. */
  unlockOfficer(officerId: number, actor: string): { wasLocked: boolean };
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
  const hasher = createPasswordHasher(deps.hashing ?? PRODUCTION_PASSWORD_HASHING);

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
    new KioskFailure('locked-out', 'too many wrong passwords; try again later', { retryAfterSeconds: Math.ceil(ms / 1000) });

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

  const recordFailure = db.transaction((id: number): KioskFailure => {
    const now = clock();
    db.prepare('UPDATE officers SET failed_attempts = failed_attempts + 1 WHERE id = ?').run(id);
    const { failed_attempts: failed } = db.prepare('SELECT failed_attempts FROM officers WHERE id = ?').get(id) as {
      failed_attempts: number;
    };
    if (failed >= OFFICER_MAX_FAILED_SIGN_INS) {
      db.prepare('UPDATE officers SET failed_attempts = 0, locked_until = ? WHERE id = ?').run(
        new Date(now.getTime() + OFFICER_LOCKOUT_MS).toISOString(),
        id,
      );
      appendAudit(db, { at: now, actor: 'system', action: 'officer.locked-out', subjectRef: `officer:${id}` });
      logger.warn('officer.locked-out', { officerId: id });
      return lockedOut(OFFICER_LOCKOUT_MS);
    }
    return new KioskFailure('unauthorized', WRONG_CREDENTIALS, { remainingAttempts: OFFICER_MAX_FAILED_SIGN_INS - failed });
  });

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
      const row = db.prepare('SELECT * FROM officers WHERE username = ?').get(username) as OfficerRow | undefined;
      if (row === undefined || row.disabled === 1) {
        await hasher.burn(input.password);
        throw new KioskFailure('unauthorized', WRONG_CREDENTIALS);
      }
      const wait = row.locked_until === null ? 0 : Date.parse(row.locked_until) - clock().getTime();
      if (wait > 0) throw lockedOut(wait);
      if (!(await hasher.verify(row.password_hash, input.password))) throw recordFailure.immediate(row.id);
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

    listOfficers() {
      const nowMs = clock().getTime();
      const rows = db.prepare('SELECT * FROM officers ORDER BY username').all() as OfficerRow[];
      return rows.map((r) => ({
        ...toOfficer(r),
        lockedUntil: r.locked_until !== null && Date.parse(r.locked_until) > nowMs ? r.locked_until : null,
      }));
    },

    unlockOfficer(officerId, actor) {
      const wasLocked = db
        .transaction((): boolean => {
          const row = db.prepare('SELECT locked_until FROM officers WHERE id = ?').get(officerId) as
            { locked_until: string | null } | undefined;
          if (row === undefined) throw new KioskFailure('not-found', 'no such officer');
          const now = clock();
          const locked = row.locked_until !== null && Date.parse(row.locked_until) > now.getTime();
          db.prepare('UPDATE officers SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(officerId);
          appendAudit(db, {
            at: now,
            actor,
            action: 'officer.unlocked',
            subjectRef: `officer:${officerId}`,
            details: { wasLocked: locked },
          });
          return locked;
        })
        .immediate();
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
