/**
 * What else must go when a citizen's visit ends on a client (timeout, sign-out, flow end, client gone): temporary
 * files such as card PDF previews, per-client caches. Each part registers its own cleanup here instead of the
 * visit-end handler knowing every part. Hooks get only the client id; a failing hook is logged (code only) and
 * does not stop the others, so one broken cleanup cannot leave the rest of a visit behind.
 */
import type { Logger } from '../logging/logger';

export type VisitEndHook = (clientId: string) => void | Promise<void>;

export interface VisitEndHooks {
  /** Adds a cleanup; the returned function removes it again. */
  register(name: string, hook: VisitEndHook): () => void;
  /** Runs every cleanup for this client; resolves once all settled. */
  run(clientId: string): Promise<void>;
  size(): number;
}

export function createVisitEndHooks(logger: Pick<Logger, 'error'>): VisitEndHooks {
  const hooks = new Map<symbol, { readonly name: string; readonly hook: VisitEndHook }>();
  return {
    register(name, hook) {
      const key = Symbol(name);
      hooks.set(key, { name, hook });
      return () => {
        hooks.delete(key);
      };
    },
    async run(clientId) {
      const all = [...hooks.values()];
      const results = await Promise.allSettled(all.map(async (h) => h.hook(clientId)));
      results.forEach((r, i) => {
        if (r.status === 'rejected') {
          logger.error('visit.end-hook-failed', {
            hook: all[i]?.name ?? 'unknown',
            error: r.reason instanceof Error ? r.reason.name : 'unknown',
          });
        }
      });
    },
    size: () => hooks.size,
  };
}
