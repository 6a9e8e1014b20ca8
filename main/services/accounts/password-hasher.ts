/**
 * argon2id password hashing with injectable cost. Production defaults follow the OWASP Password Storage Cheat Sheet
 * (m = 19 MiB, t = 2, p = 1); tests pass the cheapest parameters so a suite of sign-ins runs in milliseconds.
 * Passwords are NFC-normalized first so "ạ" typed on different keyboards (precomposed or combining) is one password.
 * Every hash and check goes through a PasswordHashPool (password-hash-pool.ts): the host passes its one shared pool, so
 * citizens' and officers' sign-ins together never run more than its cap of argon2 at once.
 */
import argon2 from 'argon2';
import { createPasswordHashPool, type PasswordHashPool } from './password-hash-pool';

export interface PasswordHashingOptions {
  /** KiB. */
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

export const PRODUCTION_PASSWORD_HASHING: PasswordHashingOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
/** Minimal argon2 cost, for tests only. */
export const TEST_PASSWORD_HASHING: PasswordHashingOptions = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** Spends the same time as a verify, for unknown users, so timing does not reveal which usernames exist. */
  burn(password: string): Promise<void>;
  /** Throws 'rate-limited' (reason 'busy') when the pool would refuse work now: call it before reserving an attempt. */
  assertRoom(): void;
}

export function createPasswordHasher(
  options: PasswordHashingOptions = PRODUCTION_PASSWORD_HASHING,
  pool: PasswordHashPool = createPasswordHashPool(),
): PasswordHasher {
  const params = {
    type: argon2.argon2id as 2,
    memoryCost: options.memoryCost,
    timeCost: options.timeCost,
    parallelism: options.parallelism,
  };
  let dummy: Promise<string> | null = null;
  const check = async (hash: string, password: string): Promise<boolean> => {
    try {
      return await argon2.verify(hash, password.normalize('NFC'));
    } catch {
      return false; // a malformed stored hash never signs anyone in
    }
  };
  return {
    hash: (password) => pool.run('hash', () => argon2.hash(password.normalize('NFC'), params)),
    verify: (hash, password) => pool.run('verify', () => check(hash, password)),
    async burn(password) {
      dummy ??= argon2.hash('not-a-real-password-0', params);
      const dummyHash = await dummy;
      await pool.run('burn', () => check(dummyHash, password));
    },
    assertRoom: () => pool.assertRoom(),
  };
}
