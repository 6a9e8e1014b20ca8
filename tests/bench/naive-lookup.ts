/**
 * The lookup benchmark's baseline: a full scan folding every name in JavaScript, as the kiosk did before the folded-key
 * index. It lives here, not in LookupService, because nothing serves it (issue #19); the lookup tests also use it as
 * an oracle the index must agree with.
 */
import type { LookupResult } from '../../preload/contract/channels/lookup';
import type { PersonRepository, PersonSummary } from '../../main/db/repositories/ports';
import { foldKey } from '../../main/domain/text/vi-text';
import { toResult, type InsuranceNumberQuery } from '../../main/services/lookup/lookup-service';

export function naiveLookup(repo: Pick<PersonRepository, 'scanSummaries'>, query: InsuranceNumberQuery): LookupResult {
  const nameKey = foldKey(query.fullName);
  const year = query.dateOfBirth.slice(0, 4);
  const matches: PersonSummary[] = [];
  for (const p of repo.scanSummaries()) {
    if (foldKey(p.fullName) !== nameKey) continue;
    const dateOk =
      query.dateOfBirth.length < 10
        ? p.dateOfBirth.startsWith(query.dateOfBirth)
        : p.dateOfBirth === query.dateOfBirth || p.dateOfBirth === year;
    if (!dateOk) continue;
    if (query.provinceCode && p.provinceCode !== query.provinceCode) continue;
    if (query.idNumber && p.idNumber !== query.idNumber) continue;
    matches.push(p);
  }
  return toResult(matches);
}
