/**
 * Per-database random secrets (HMAC keys for OTP hashes and account references). Generated on first use and kept
 * in service_secrets, so a copied database keeps working and two kiosks' databases never share a key.
 */
import type { Database } from '../../db/open-database';

export type SecretName = 'otp' | 'account-ref' | 'subject-ref' | 'rate-limit';

export function getOrCreateSecret(db: Database, name: SecretName, random: (n: number) => Uint8Array, now: Date = new Date()): Buffer {
  const read = db.prepare('SELECT value FROM service_secrets WHERE name = ?');
  const existing = read.get(name) as { value: Buffer } | undefined;
  if (existing !== undefined) return existing.value;
  // INSERT OR IGNORE + re-read: if another connection won the race we use its secret, not ours.
  db.prepare('INSERT OR IGNORE INTO service_secrets (name, value, created_at) VALUES (?, ?, ?)').run(
    name,
    Buffer.from(random(32)),
    now.toISOString(),
  );
  const row = read.get(name) as { value: Buffer } | undefined;
  if (row === undefined) throw new Error(`secret ${name} could not be stored`);
  return row.value;
}
