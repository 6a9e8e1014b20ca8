/**
 * One-time bootstrap codes for the window the host opens itself (`--open`): Chromium's command line is readable by
 * every local user (`ps`) and kept in the profile's session files, so it carries a code that is worth one
 * exchange for the station token, within a minute, and nothing after.
 */
import { randomBytes } from 'node:crypto';
import { tokensEqual } from './ws-transport';

export const BOOTSTRAP_CODE_TTL_MS = 60_000;

export interface BootstrapCodes {
  /** A fresh code; earlier unredeemed codes stay valid until their own expiry. */
  issue(): string;
  /** True once per issued, unexpired code; the code is spent either way it was valid. */
  redeem(code: string): boolean;
}

export function createBootstrapCodes(opts: { readonly now?: () => number; readonly ttlMs?: number } = {}): BootstrapCodes {
  const now = opts.now ?? Date.now;
  const ttlMs = opts.ttlMs ?? BOOTSTRAP_CODE_TTL_MS;
  const live = new Map<string, number>();
  const sweep = (): void => {
    for (const [code, expiresAt] of live) if (expiresAt <= now()) live.delete(code);
  };
  return {
    issue() {
      sweep();
      const code = randomBytes(18).toString('base64url');
      live.set(code, now() + ttlMs);
      return code;
    },
    redeem(code) {
      sweep();
      // Constant-time against each live code (there is one or two): the comparison leaks nothing of a code.
      for (const candidate of live.keys()) {
        if (tokensEqual(candidate, code)) {
          live.delete(candidate);
          return true;
        }
      }
      return false;
    },
  };
}
