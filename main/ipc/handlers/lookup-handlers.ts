import { createSqlitePersonRepository } from '../../db/repositories/sqlite-person-repository';
import { createSqliteReferenceRepository } from '../../db/repositories/sqlite-reference-repository';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { scannedCccdNumber } from '../../services/devices/last-card-scan';
import type { ScanMemory } from '../../services/devices/last-card-scan';
import { createLookupService } from '../../services/lookup/lookup-service';
import type { LookupResult } from '../../services/lookup/lookup-service';
import type { SessionLimiter } from '../../services/rate-limit/session-limiter';
import type { HandlerMap } from '../dispatcher';

/** Nobody found is what an enumeration mostly sees, so only that counts against the session. */
const missed = (r: LookupResult): boolean => r.status === 'none';

export function lookupHandlers(deps: {
  readonly db: Database;
  readonly logger: Logger;
  /** What this kiosk's reader scanned (lookup by the CCCD). */
  readonly scans: ScanMemory;
  readonly limiter: SessionLimiter;
}): Pick<HandlerMap, 'lookup:insuranceNumber' | 'lookup:scannedCard' | 'lookup:provinces'> {
  const reference = createSqliteReferenceRepository(deps.db);
  const service = createLookupService(createSqlitePersonRepository(deps.db), reference);
  const { limiter } = deps;
  return {
    'lookup:insuranceNumber': (input, ctx) =>
      limiter.guard(
        ctx.clientId,
        'lookup',
        () => {
          const r = service.lookupInsuranceNumber({
            fullName: input.fullName,
            dateOfBirth: input.dateOfBirth,
            ...(input.provinceCode !== undefined ? { provinceCode: input.provinceCode } : {}),
            ...(input.wardCode !== undefined ? { wardCode: input.wardCode } : {}),
            ...(input.idNumber !== undefined ? { idNumber: input.idNumber } : {}),
          });
          // Outcome only: never the query, which is personal data.
          deps.logger.info('lookup.insurance-number', { status: r.status, matches: r.matches.length });
          return r;
        },
        { missed },
      ),
    'lookup:scannedCard': (_input, ctx) =>
      limiter.guard(
        ctx.clientId,
        'lookup',
        () => {
          const r = service.lookupByIdNumber(scannedCccdNumber(deps.scans));
          deps.logger.info('lookup.scanned-card', { status: r.status });
          return r;
        },
        { missed },
      ),
    'lookup:provinces': () => reference.listProvinces().map((p) => ({ code: p.code, name: p.name })),
  };
}
