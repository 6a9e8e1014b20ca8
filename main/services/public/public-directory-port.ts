/**
 * What the public directory service asks of storage: paginated, filtered reads of the public lookup
 * tables. Pages are fetched with one extra row so `hasMore` needs no COUNT(*).
 */
import type { CollectionPoint, CollectionPointKind, Employer, Facility, Office } from '../../db/repositories/ports';

export interface PageRequest {
  readonly offset: number;
  readonly limit: number;
}

export interface DirectoryFilter extends PageRequest {
  readonly provinceCode?: string;
  readonly wardCode?: string;
  /** foldKey() of the search text; empty or absent = no name filter. */
  readonly nameKey?: string;
}

export interface FacilityDirectoryFilter extends DirectoryFilter {
  readonly list: 'bhyt' | 'sick-leave';
  /** Upper-case prefix of the 5-character KCB code. */
  readonly codePrefix?: string;
}

export interface PublicDirectoryRepository {
  /** Up to `limit + 1` rows from `offset`, in a stable order. */
  searchOffices(filter: DirectoryFilter): readonly Office[];
  getOffice(code: string): Office | undefined;
  searchFacilities(filter: FacilityDirectoryFilter): readonly Facility[];
  searchEmployers(filter: DirectoryFilter): readonly Employer[];
  searchCollectionPoints(filter: DirectoryFilter & { readonly kind?: CollectionPointKind }): readonly CollectionPoint[];
}
