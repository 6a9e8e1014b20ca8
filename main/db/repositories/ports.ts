/**
 * Storage ports: what services may ask of storage. The SQLite implementations live next to this file;
 * a PostgreSQL implementation for multi-station offices (design decision 4) implements the same
 * interfaces. Types are plain readonly data in camelCase; no SQL or driver types leak through.
 */

export type Gender = 'male' | 'female';
export type Scheme = 'bhxh' | 'bhtn' | 'bhtnld-bnn' | 'bhyt';
export type BenefitKind = 'one-time' | 'sickness' | 'maternity' | 'convalescence' | 'monthly-pension' | 'unemployment';
export type FacilityLevel = 'central' | 'province' | 'district' | 'commune' | 'private';
export type CollectionPointKind = 'diem-thu' | 'dai-ly';

export interface PersonProfile {
  readonly id: number;
  readonly insuranceNumber: string;
  readonly idNumber: string | null;
  readonly oldIdNumber: string | null;
  readonly fullName: string;
  /** 'YYYY-MM-DD', or 'YYYY' when only the year is known. */
  readonly dateOfBirth: string;
  readonly gender: Gender;
  readonly phone: string | null;
  readonly email: string | null;
  readonly provinceCode: string | null;
  readonly provinceName: string | null;
  readonly wardCode: string | null;
  readonly wardName: string | null;
  readonly address: string | null;
  /** 3-digit legacy (CCCD) code of the province of birth registration. */
  readonly birthProvinceCode: string | null;
}

/** The minimum a lookup needs to decide and to mask; cheaper than a full profile. */
export interface PersonSummary {
  readonly id: number;
  readonly insuranceNumber: string;
  readonly idNumber: string | null;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly provinceCode: string | null;
  readonly provinceName: string | null;
}

export interface BhytCard {
  readonly cardCode: string;
  readonly objectCode: string | null;
  readonly benefitCode: string;
  readonly livingAreaCode: string | null;
  readonly facilityCode: string;
  readonly facilityName: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly fiveYearsFrom: string | null;
  readonly issuedBy: string | null;
  readonly issueDate: string;
  readonly qrPayload: string;
}

export interface ParticipationPeriod {
  readonly scheme: Scheme;
  readonly fromMonth: string;
  readonly toMonth: string | null;
  readonly employerCode: string | null;
  readonly employerName: string | null;
  readonly position: string | null;
  readonly salaryBase: number | null;
}

export interface Benefit {
  readonly kind: BenefitKind;
  readonly fromDate: string;
  readonly toDate: string | null;
  readonly amount: number;
  readonly note: string | null;
}

export interface MedicalVisit {
  readonly visitDate: string;
  readonly facilityCode: string;
  readonly facilityName: string | null;
  readonly diagnosisGroup: string;
  readonly totalCost: number;
  readonly bhytPaid: number;
}

export interface PersonRecords {
  readonly profile: PersonProfile;
  /** The most recent card (by valid_from), if any. */
  readonly card: BhytCard | null;
  readonly participation: readonly ParticipationPeriod[];
  readonly benefits: readonly Benefit[];
  readonly visits: readonly MedicalVisit[];
}

export interface NameBirthQuery {
  /** foldKey() of the full name. */
  readonly nameKey: string;
  /** 'YYYY-MM-DD' (also matches records that only know the year) or 'YYYY' (any date in that year). */
  readonly dateOfBirth: string;
  readonly provinceCode?: string;
  /** 2025 ward code of the residence. */
  readonly wardCode?: string;
  /** 12-digit CCCD or 9-digit CMND. */
  readonly idNumber?: string;
  readonly limit: number;
}

export interface PersonRepository {
  findById(id: number): PersonProfile | undefined;
  findByInsuranceNumber(insuranceNumber: string): PersonProfile | undefined;
  /** 12-digit CCCD number, or a 9-digit old CMND number. */
  findByIdNumber(idNumber: string): PersonProfile | undefined;
  findByNameAndBirth(query: NameBirthQuery): readonly PersonSummary[];
  /** Every person, in id order, streamed. Only for benchmarks and exports. */
  scanSummaries(): Iterable<PersonSummary>;
  getPersonRecords(personId: number): PersonRecords | undefined;
  countPersons(): number;
}

export interface Province {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
}

export interface Ward {
  readonly code: string;
  readonly provinceCode: string;
  readonly name: string;
}

export interface LegacyProvince {
  /** 3-digit CCCD birth-registration code, e.g. '001', '079', '036'. */
  readonly cccdCode: string;
  /** 2-digit pre-2025 administrative code (also the prefix of KCB codes). */
  readonly code: string;
  readonly name: string;
  readonly newProvinceCode: string;
}

export interface Office {
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly wardCode: string | null;
  readonly address: string;
  readonly phone: string | null;
  readonly hours: string | null;
  readonly lat: number;
  readonly lng: number;
}

export interface Facility {
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly wardCode: string | null;
  readonly address: string;
  readonly level: FacilityLevel;
  readonly bhytContract: boolean;
  readonly sickLeave: boolean;
}

export interface CollectionPoint {
  readonly id: number;
  readonly name: string;
  readonly kind: CollectionPointKind;
  readonly provinceCode: string;
  readonly wardCode: string | null;
  readonly address: string;
  readonly phone: string | null;
}

export interface Employer {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly address: string;
}

export interface PlaceFilter {
  readonly provinceCode?: string;
  readonly wardCode?: string;
  /** Free text, matched diacritic-insensitively against the name. */
  readonly text?: string;
  readonly limit?: number;
}

export interface FacilityFilter extends PlaceFilter {
  readonly bhytContract?: boolean;
  readonly sickLeave?: boolean;
}

export interface ReferenceRepository {
  listProvinces(): readonly Province[];
  getProvince(code: string): Province | undefined;
  listWards(provinceCode: string): readonly Ward[];
  getWard(code: string): Ward | undefined;
  listLegacyProvinces(): readonly LegacyProvince[];
  /** By 3-digit CCCD code ('036') or 2-digit old code ('36'). */
  findLegacyProvince(code: string): LegacyProvince | undefined;
  listOffices(filter?: PlaceFilter): readonly Office[];
  listFacilities(filter?: FacilityFilter): readonly Facility[];
  getFacility(code: string): Facility | undefined;
  listCollectionPoints(filter?: PlaceFilter & { readonly kind?: CollectionPointKind }): readonly CollectionPoint[];
  listEmployers(filter?: PlaceFilter): readonly Employer[];
}

/** A token bucket: `capacity` at once, then one more every `refillEveryMs`. */
export interface BucketPolicy {
  readonly capacity: number;
  readonly refillEveryMs: number;
}

export interface BucketRequest {
  /** Opaque key, e.g. 'lookup|station|kiosk'; never personal data (callers pass HMACs for accounts). */
  readonly bucket: string;
  readonly policy: BucketPolicy;
}

export type TakeOutcome = { readonly ok: true } | { readonly ok: false; readonly bucket: string; readonly retryAfterMs: number };

/** A failure streak: from `free` failures on, each one makes the next attempt wait min(maxDelay, baseDelay · 2^(n − free)). */
export interface BackoffPolicy {
  readonly free: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A streak older than this (no attempt since) starts again from zero. */
  readonly forgetAfterMs: number;
}

export interface BackoffKey {
  readonly scope: string;
  readonly subject: string;
  readonly station: string;
}

export type ReserveOutcome =
  { readonly ok: true; readonly failures: number; readonly retryAtMs: number } | { readonly ok: false; readonly retryAfterMs: number };

/**
 * Rate limits shared by every client of the store (issue #14) and, on PostgreSQL, by every station of the office
 * (issue #13). Each call is one transaction, so two connections, two stations or two parallel requests can never both
 * take the last token or both reserve the last attempt. Async, because the office store is PostgreSQL.
 */
export interface RateLimitRepository {
  /** All or nothing: one token from every bucket, or none when any of them is empty (the longest wait is answered). */
  take(requests: readonly BucketRequest[], nowMs: number): Promise<TakeOutcome>;
  /**
   * Counts an attempt as a failure BEFORE it is checked (a success clears the streak afterwards), so N parallel
   * attempts get at most `free` checks before the wait starts. Refused, without counting, while a wait runs.
   */
  reserveAttempt(key: BackoffKey, policy: BackoffPolicy, nowMs: number): Promise<ReserveOutcome>;
  /** Ends the streak of a subject at one station, or at every station when `station` is absent. */
  clearBackoff(key: Omit<BackoffKey, 'station'> & { readonly station?: string }): Promise<number>;
  /** The latest instant (ms) a subject must wait until at any station, or null when it need not wait. */
  backoffUntil(key: Omit<BackoffKey, 'station'>, nowMs: number): Promise<number | null>;
  /** Drops full buckets and forgotten streaks (housekeeping). */
  purge(nowMs: number, forgetAfterMs: number): Promise<number>;
}

/** A station of the office as the stations table records it (migration 0091). */
export interface StationRecord {
  readonly id: string;
  readonly role: 'kiosk' | 'counter' | 'display';
  /** Only a counter station has one. */
  readonly counter: number | null;
  readonly version: string;
  readonly firstStartedAt: string;
  readonly lastStartedAt: string;
}

export interface StationRepository {
  /** Records that this station started now (created the first time, role, counter and version updated after). */
  register(
    station: { readonly id: string; readonly role: StationRecord['role']; readonly counter: number | null },
    version: string,
    at: Date,
  ): StationRecord;
  get(id: string): StationRecord | null;
  list(): readonly StationRecord[];
}
