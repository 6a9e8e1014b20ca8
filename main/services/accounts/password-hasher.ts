/**
 * argon2id password hashing with injectable cost. Production defaults follow the OWASP Password Storage Cheat Sheet
 * (m = 19 MiB, t = 2, p = 1); tests pass the cheapest parameters so a suite of sign-ins runs in milliseconds.
 * Passwords are NFC-normalized first so "ạ" typed on different keyboards (precomposed or combining) is one password.
 */
import argon2 from 'argon2';

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
}

export function createPasswordHasher(options: PasswordHashingOptions = PRODUCTION_PASSWORD_HASHING): PasswordHasher {
  const params = {
    type: argon2.argon2id as 2,
    memoryCost: options.memoryCost,
    timeCost: options.timeCost,
    parallelism: options.parallelism,
  };
  let dummy: Promise<string> | null = null;
  const verify = async (hash: string, password: string): Promise<boolean> => {
    try {
      return await argon2.verify(hash, password.normalize('NFC'));
    } catch {
      return false; // a malformed stored hash never signs anyone in
    }
  };
  return {
    hash: (password) => argon2.hash(password.normalize('NFC'), params),
    verify,
    async burn(password) {
      dummy ??= argon2.hash('not-a-real-password-0', params);
      await verify(await dummy, password);
    },
  };
}
