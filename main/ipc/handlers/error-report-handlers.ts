import type { HandlerMap } from '../dispatcher';
import type { Logger } from '../../logging/logger';

/** A renderer stuck in an error loop must not flood the log: this many reports per client per minute. */
export const ERROR_REPORTS_PER_MINUTE = 20;

/** Logs the reference a citizen sees on the error screen, so an officer can find it (codes only, no PII). */
export function errorReportHandlers(deps: {
  readonly logger: Logger;
  readonly clock?: () => number;
}): Pick<HandlerMap, 'system:reportError'> {
  const clock = deps.clock ?? Date.now;
  const recent = new Map<string, number[]>();
  return {
    'system:reportError': ({ reference, screen, error }, ctx) => {
      const now = clock();
      const times = (recent.get(ctx.clientId) ?? []).filter((t) => now - t < 60_000);
      if (times.length >= ERROR_REPORTS_PER_MINUTE) return { logged: false };
      times.push(now);
      if (recent.size > 1000) recent.clear();
      recent.set(ctx.clientId, times);
      deps.logger.error('renderer.error', { reference, screen, error, client: ctx.clientId.slice(0, 8) });
      return { logged: true };
    },
  };
}
