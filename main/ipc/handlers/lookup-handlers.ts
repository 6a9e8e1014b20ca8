import { createSqlitePersonRepository } from '../../db/repositories/sqlite-person-repository';
import { createSqliteReferenceRepository } from '../../db/repositories/sqlite-reference-repository';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { createLookupService } from '../../services/lookup/lookup-service';
import type { HandlerMap } from '../dispatcher';

export function lookupHandlers(deps: {
  readonly db: Database;
  readonly logger: Logger;
}): Pick<HandlerMap, 'lookup:insuranceNumber' | 'lookup:provinces'> {
  const service = createLookupService(createSqlitePersonRepository(deps.db));
  const reference = createSqliteReferenceRepository(deps.db);
  return {
    'lookup:insuranceNumber': (input) => {
      const r = service.lookupInsuranceNumber({
        fullName: input.fullName,
        dateOfBirth: input.dateOfBirth,
        ...(input.provinceCode !== undefined ? { provinceCode: input.provinceCode } : {}),
        ...(input.idNumber !== undefined ? { idNumber: input.idNumber } : {}),
      });
      // Outcome only: never the query, which is personal data.
      deps.logger.info('lookup.insurance-number', { status: r.status, matches: r.matches.length });
      return r;
    },
    'lookup:provinces': () => reference.listProvinces().map((p) => ({ code: p.code, name: p.name })),
  };
}
