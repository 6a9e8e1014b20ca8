import { KioskFailure } from '../../../preload/contract/result';
import type { Database } from '../../db/open-database';
import type { VisitEndHooks } from '../../core/visit-end-hooks';
import type { Logger } from '../../logging/logger';
import type { CitizenVisitService } from '../../services/accounts/citizen-visit-service';
import type { HandlerMap } from '../dispatcher';

/**
 * The end of a citizen's visit on one screen, and the emulated-mode view of what the host still holds. Only the
 * calling client's visit ends: officer sessions and device state are other parts and are not touched here.
 */
export function visitHandlers(deps: {
  readonly visits: Pick<CitizenVisitService, 'signOut' | 'debugSnapshot'>;
  readonly hooks: Pick<VisitEndHooks, 'run'>;
  readonly db: Database;
  readonly logger: Pick<Logger, 'info'>;
  /** True only with --expose-dev-channels and emulated devices in the browser host: 'forbidden' otherwise. */
  readonly devChannels: boolean;
  /** Other per-visit memory to show in the dev table (e.g. the card the reader read last). */
  readonly heldElsewhere?: () => unknown;
  readonly clock?: () => Date;
}): Pick<HandlerMap, 'system:endVisit' | 'dev:citizenSessions'> {
  const clock = deps.clock ?? (() => new Date());
  return {
    'system:endVisit': async ({ reason }, ctx) => {
      deps.visits.signOut(ctx.clientId);
      await deps.hooks.run(ctx.clientId);
      deps.logger.info('visit.end-requested', { reason });
      return { ended: true };
    },
    'dev:citizenSessions': () => {
      if (!deps.devChannels) throw new KioskFailure('forbidden', 'developer channels need --expose-dev-channels and emulated devices');
      const snapshot = deps.visits.debugSnapshot();
      const open = deps.db
        .prepare('SELECT COUNT(*) AS n FROM otps WHERE consumed_at IS NULL AND expires_at > ?')
        .get(clock().toISOString()) as { n: number };
      return {
        sessions: snapshot.sessions.length,
        pendingSignIns: snapshot.pending.length,
        openOtps: open.n,
        table: JSON.stringify({ ...snapshot, elsewhere: deps.heldElsewhere?.() ?? null }),
      };
    },
  };
}
