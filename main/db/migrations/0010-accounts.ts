import type { Migration } from './migration';

/**
 * VssID accounts (username = mã số BHXH), their device binding (one device at a time), one-time codes, and the
 * per-database secrets the services key their HMACs with.
 *
 * accounts.insurance_number is deliberately not a foreign key to persons: an account may be approved from a Form 01
 * before the person's record has been imported into this station's copy of the registry.
 * otps keep only an HMAC of the code (never the code itself); the key lives in service_secrets, which is named
 * apart from any kiosk "settings" table so that exporting settings never exports a secret.
 */
export const accountsMigration: Migration = {
  version: 10,
  name: 'accounts',
  up(db) {
    db.exec(`
      CREATE TABLE service_secrets (
        name TEXT PRIMARY KEY,
        value BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE accounts (
        insurance_number TEXT PRIMARY KEY CHECK (length(insurance_number) = 10),  -- mã số BHXH = username
        password_hash TEXT NOT NULL,                -- argon2id PHC string
        must_change_password INTEGER NOT NULL CHECK (must_change_password IN (0, 1)),
        password_changed_at TEXT NOT NULL,          -- ISO instant; 6-month rule counts from here
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,                          -- ISO instant, NULL when not locked
        pending_device_id TEXT,                     -- device waiting for its device-change OTP
        creation_key TEXT NOT NULL UNIQUE,          -- idempotency key of createAccount
        created_at TEXT NOT NULL,
        created_by_ref TEXT                         -- non-personal reference of who approved (e.g. 'officer:3')
      ) STRICT;

      CREATE TABLE account_devices (
        id INTEGER PRIMARY KEY,
        insurance_number TEXT NOT NULL REFERENCES accounts (insurance_number) ON DELETE CASCADE,
        device_id TEXT NOT NULL,
        bound_at TEXT NOT NULL,
        signed_out_at TEXT                          -- set when another device took over
      ) STRICT;
      -- At most one bound (not signed out) device per account.
      CREATE UNIQUE INDEX account_devices_current ON account_devices (insurance_number) WHERE signed_out_at IS NULL;

      CREATE TABLE otps (
        id INTEGER PRIMARY KEY,
        purpose TEXT NOT NULL,
        subject_ref TEXT NOT NULL,                  -- insurance number or phone hash
        code_hash TEXT NOT NULL,                    -- HMAC-SHA256(secret 'otp', id || purpose || subject || code)
        expires_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        max_attempts INTEGER NOT NULL DEFAULT 5,
        consumed_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX otps_by_subject ON otps (subject_ref, created_at);
    `);
  },
};
