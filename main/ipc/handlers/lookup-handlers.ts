import { createSqlitePersonRepository } from '../../db/repositories/sqlite-person-repository';
import { createSqliteReferenceRepository } from '../../db/repositories/sqlite-reference-repository';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { scannedCccdNumber } from '../../services/devices/last-card-scan';
import type { ScanMemory } from '../../services/devices/last-card-scan';
import { createLookupService } from '../../services/lookup/lookup-service';
import type { LookupResult } from '../../services/lookup/lookup-service';
import type { StationLimiter } from '../../services/rate-limit/station-limiter';
import type { HandlerMap } from '../dispatcher';

/**
 * Every lookup takes from the station's budget before it runs, a hit as well as a miss (harvesting mã số is made of
 * hits); each person it finds then takes from that person's budget, and the answer is refused when that is spent.
 */
const limited = async (limiter: StationLimiter, run: () => LookupResult): Promise<LookupResult> => {
  await limiter.take('lookup');
  const r = run();
  if (r.matches.length > 0) await limiter.take('lookup', { station: false, accounts: r.matches.map((m) => m.insuranceNumber) });
  return r.status === 'ambiguous'
    ? { ...r, matches: r.matches.map((m) => ({ ...m, insuranceNumber: maskInsuranceNumber(m.insuranceNumber) })) }
    : r;
};

/**
 * Several people share the name and birth date: none of them is known to be the person at the screen, so none of
 * their mã số is shown whole (issue #17: an ambiguous lookup showed every namesake's full number). The last three
 * digits, with the masked name, ID and province, let the citizen see which row is theirs; narrowing the search
 * (province, CCCD) until one person is left shows their number.
 */
export const maskInsuranceNumber = (n: string): string => `${'*'.repeat(Math.max(0, n.length - 3))}${n.slice(-3)}`;

export function lookupHandlers(deps: {
  readonly db: Database;
  readonly logger: Logger;
  /** What this kiosk's reader scanned (lookup by the CCCD). */
  readonly scans: ScanMemory;
  readonly limiter: StationLimiter;
}): Pick<HandlerMap, 'lookup:insuranceNumber' | 'lookup:scannedCard' | 'lookup:provinces'> {
  const reference = createSqliteReferenceRepository(deps.db);
  const service = createLookupService(createSqlitePersonRepository(deps.db), reference);
  const { limiter } = deps;
  return {
    'lookup:insuranceNumber': async (input) => {
      const r = await limited(limiter, () =>
        service.lookupInsuranceNumber({
          fullName: input.fullName,
          dateOfBirth: input.dateOfBirth,
          ...(input.provinceCode !== undefined ? { provinceCode: input.provinceCode } : {}),
          ...(input.wardCode !== undefined ? { wardCode: input.wardCode } : {}),
          ...(input.idNumber !== undefined ? { idNumber: input.idNumber } : {}),
        }),
      );
      // Outcome only: never the query, which is personal data.
      deps.logger.info('lookup.insurance-number', { status: r.status, matches: r.matches.length });
      return r;
    },
    'lookup:scannedCard': async () => {
      const r = await limited(limiter, () => service.lookupByIdNumber(scannedCccdNumber(deps.scans)));
      deps.logger.info('lookup.scanned-card', { status: r.status });
      return r;
    },
    'lookup:provinces': () => reference.listProvinces().map((p) => ({ code: p.code, name: p.name })),
  };
}
