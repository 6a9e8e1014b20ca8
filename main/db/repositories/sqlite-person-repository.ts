/** SQLite implementation of PersonRepository. Statements are prepared once per repository instance. */
import type { Database } from '../open-database';
import type {
  Benefit,
  BenefitKind,
  BhytCard,
  Gender,
  MedicalVisit,
  NameBirthQuery,
  ParticipationPeriod,
  PersonProfile,
  PersonRecords,
  PersonRepository,
  PersonSummary,
  Scheme,
} from './ports';

interface ProfileRow {
  id: number;
  insurance_number: string;
  id_number: string | null;
  old_id_number: string | null;
  full_name: string;
  date_of_birth: string;
  gender: Gender;
  phone: string | null;
  email: string | null;
  province_code: string | null;
  province_name: string | null;
  ward_code: string | null;
  ward_name: string | null;
  address: string | null;
  birth_province_code: string | null;
}

interface SummaryRow {
  id: number;
  insurance_number: string;
  id_number: string | null;
  full_name: string;
  date_of_birth: string;
  province_code: string | null;
  province_name: string | null;
}

interface CardRow {
  card_code: string;
  object_code: string | null;
  benefit_code: string;
  living_area_code: string | null;
  facility_code: string;
  facility_name: string | null;
  valid_from: string;
  valid_to: string | null;
  five_years_from: string | null;
  issued_by: string | null;
  issue_date: string;
  qr_payload: string;
}

interface ParticipationRow {
  scheme: Scheme;
  from_month: string;
  to_month: string | null;
  employer_code: string | null;
  employer_name: string | null;
  position: string | null;
  salary_base: number | null;
}

interface BenefitRow {
  kind: BenefitKind;
  from_date: string;
  to_date: string | null;
  amount: number;
  note: string | null;
}

interface VisitRow {
  visit_date: string;
  facility_code: string;
  facility_name: string | null;
  diagnosis_group: string;
  total_cost: number;
  bhyt_paid: number;
}

const PROFILE_SELECT = `
  SELECT p.id, p.insurance_number, p.id_number, p.old_id_number, p.full_name, p.date_of_birth, p.gender,
         p.phone, p.email, p.province_code, pr.name AS province_name, p.ward_code, w.name AS ward_name,
         p.address, p.birth_province_code
  FROM persons p
  LEFT JOIN provinces pr ON pr.code = p.province_code
  LEFT JOIN wards w ON w.code = p.ward_code`;

const SUMMARY_SELECT = `
  SELECT p.id, p.insurance_number, p.id_number, p.full_name, p.date_of_birth, p.province_code, pr.name AS province_name
  FROM persons p
  LEFT JOIN provinces pr ON pr.code = p.province_code`;

/**
 * The end of the range of dates starting with `prefix`: '1950' → '1951', '1950-12' → '1950-13'. Month 13 is on
 * purpose: '1950-12-31' < '1950-13' < '1951', so a person recorded with the year 1951 only stays out of the range.
 */
function nextPrefix(prefix: string): string {
  if (prefix.length === 4) return String(Number(prefix) + 1).padStart(4, '0');
  return `${prefix.slice(0, 5)}${String(Number(prefix.slice(5, 7)) + 1).padStart(2, '0')}`;
}

export function createSqlitePersonRepository(db: Database): PersonRepository {
  const byId = db.prepare<[number], ProfileRow>(`${PROFILE_SELECT} WHERE p.id = ?`);
  const byInsurance = db.prepare<[string], ProfileRow>(`${PROFILE_SELECT} WHERE p.insurance_number = ?`);
  const byIdNumber = db.prepare<[string], ProfileRow>(`${PROFILE_SELECT} WHERE p.id_number = ?`);
  const byOldIdNumber = db.prepare<[string], ProfileRow>(`${PROFILE_SELECT} WHERE p.old_id_number = ? ORDER BY p.id LIMIT 1`);
  // Both shapes are seeks on persons_by_name_dob: an IN list of two keys, or a range on a year prefix.
  const byNameExactDate = db.prepare<[string, string, string, number], SummaryRow>(
    `${SUMMARY_SELECT} WHERE p.name_key = ? AND p.date_of_birth IN (?, ?) ORDER BY p.id LIMIT ?`,
  );
  const byNameYear = db.prepare<[string, string, string, number], SummaryRow>(
    `${SUMMARY_SELECT} WHERE p.name_key = ? AND p.date_of_birth >= ? AND p.date_of_birth < ? ORDER BY p.id LIMIT ?`,
  );
  interface FilterParams {
    nameKey: string;
    a: string;
    b: string;
    province: string | null;
    ward: string | null;
    id: string | null;
    limit: number;
  }
  const filterClause = `AND (@province IS NULL OR p.province_code = @province)
         AND (@ward IS NULL OR p.ward_code = @ward)
         AND (@id IS NULL OR p.id_number = @id OR p.old_id_number = @id)
       ORDER BY p.id LIMIT @limit`;
  const filtered = {
    exact: db.prepare<[FilterParams], SummaryRow>(
      `${SUMMARY_SELECT} WHERE p.name_key = @nameKey AND p.date_of_birth IN (@a, @b) ${filterClause}`,
    ),
    year: db.prepare<[FilterParams], SummaryRow>(
      `${SUMMARY_SELECT} WHERE p.name_key = @nameKey AND p.date_of_birth >= @a AND p.date_of_birth < @b ${filterClause}`,
    ),
  };
  const scan = db.prepare<[], SummaryRow>(`${SUMMARY_SELECT} ORDER BY p.id`);
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM persons');
  const latestCard = db.prepare<[number], CardRow>(
    `SELECT c.card_code, c.object_code, c.benefit_code, c.living_area_code, c.facility_code, f.name AS facility_name,
            c.valid_from, c.valid_to, c.five_years_from, c.issued_by, c.issue_date, c.qr_payload
     FROM bhyt_cards c LEFT JOIN facilities f ON f.code = c.facility_code
     WHERE c.person_id = ? ORDER BY c.valid_from DESC, c.id DESC LIMIT 1`,
  );
  const participation = db.prepare<[number], ParticipationRow>(
    `SELECT pa.scheme, pa.from_month, pa.to_month, e.code AS employer_code, e.name AS employer_name, pa.position, pa.salary_base
     FROM participation pa LEFT JOIN employers e ON e.id = pa.employer_id
     WHERE pa.person_id = ? ORDER BY pa.from_month, pa.scheme, pa.id`,
  );
  const benefits = db.prepare<[number], BenefitRow>(
    'SELECT kind, from_date, to_date, amount, note FROM benefits WHERE person_id = ? ORDER BY from_date, id',
  );
  const visits = db.prepare<[number], VisitRow>(
    `SELECT v.visit_date, v.facility_code, f.name AS facility_name, v.diagnosis_group, v.total_cost, v.bhyt_paid
     FROM medical_visits v LEFT JOIN facilities f ON f.code = v.facility_code
     WHERE v.person_id = ? ORDER BY v.visit_date, v.id`,
  );

  const loadRecords = db.transaction((personId: number): PersonRecords | undefined => {
    // One read transaction so the parts are consistent with each other under concurrent writers.
    const profile = byId.get(personId);
    if (!profile) return undefined;
    const card = latestCard.get(personId);
    return {
      profile: toProfile(profile),
      card: card ? toCard(card) : null,
      participation: participation.all(personId).map(toParticipation),
      benefits: benefits.all(personId).map(toBenefit),
      visits: visits.all(personId).map(toVisit),
    };
  });

  return {
    findById: (id) => mapOpt(byId.get(id), toProfile),
    findByInsuranceNumber: (n) => mapOpt(byInsurance.get(n), toProfile),
    findByIdNumber(idNumber) {
      const row = idNumber.length === 9 ? byOldIdNumber.get(idNumber) : byIdNumber.get(idNumber);
      return mapOpt(row, toProfile);
    },
    findByNameAndBirth(q: NameBirthQuery) {
      const limit = Math.max(1, Math.trunc(q.limit));
      // A year or a month and year is a range on the date prefix ('1950-03' ≤ d < '1950-04'); a full date is
      // that date or the year alone (people recorded with a birth year only).
      const yearOnly = q.dateOfBirth.length < 10;
      const [a, b] = yearOnly ? [q.dateOfBirth, nextPrefix(q.dateOfBirth)] : [q.dateOfBirth, q.dateOfBirth.slice(0, 4)];
      const hasFilters = q.provinceCode !== undefined || q.wardCode !== undefined || q.idNumber !== undefined;
      let rows: SummaryRow[];
      if (!hasFilters) {
        rows = (yearOnly ? byNameYear : byNameExactDate).all(q.nameKey, a, b, limit);
      } else {
        const params = {
          nameKey: q.nameKey,
          a,
          b,
          province: q.provinceCode ?? null,
          ward: q.wardCode ?? null,
          id: q.idNumber ?? null,
          limit,
        };
        rows = (yearOnly ? filtered.year : filtered.exact).all(params);
      }
      return rows.map(toSummary);
    },
    *scanSummaries() {
      for (const row of scan.iterate()) yield toSummary(row);
    },
    getPersonRecords: (personId) => loadRecords(personId),
    countPersons: () => count.get()?.n ?? 0,
  };
}

function mapOpt<T, U>(row: T | undefined, f: (row: T) => U): U | undefined {
  return row === undefined ? undefined : f(row);
}

function toProfile(r: ProfileRow): PersonProfile {
  return {
    id: r.id,
    insuranceNumber: r.insurance_number,
    idNumber: r.id_number,
    oldIdNumber: r.old_id_number,
    fullName: r.full_name,
    dateOfBirth: r.date_of_birth,
    gender: r.gender,
    phone: r.phone,
    email: r.email,
    provinceCode: r.province_code,
    provinceName: r.province_name,
    wardCode: r.ward_code,
    wardName: r.ward_name,
    address: r.address,
    birthProvinceCode: r.birth_province_code,
  };
}

function toSummary(r: SummaryRow): PersonSummary {
  return {
    id: r.id,
    insuranceNumber: r.insurance_number,
    idNumber: r.id_number,
    fullName: r.full_name,
    dateOfBirth: r.date_of_birth,
    provinceCode: r.province_code,
    provinceName: r.province_name,
  };
}

function toCard(r: CardRow): BhytCard {
  return {
    cardCode: r.card_code,
    objectCode: r.object_code,
    benefitCode: r.benefit_code,
    livingAreaCode: r.living_area_code,
    facilityCode: r.facility_code,
    facilityName: r.facility_name,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    fiveYearsFrom: r.five_years_from,
    issuedBy: r.issued_by,
    issueDate: r.issue_date,
    qrPayload: r.qr_payload,
  };
}

function toParticipation(r: ParticipationRow): ParticipationPeriod {
  return {
    scheme: r.scheme,
    fromMonth: r.from_month,
    toMonth: r.to_month,
    employerCode: r.employer_code,
    employerName: r.employer_name,
    position: r.position,
    salaryBase: r.salary_base,
  };
}

function toBenefit(r: BenefitRow): Benefit {
  return { kind: r.kind, fromDate: r.from_date, toDate: r.to_date, amount: r.amount, note: r.note };
}

function toVisit(r: VisitRow): MedicalVisit {
  return {
    visitDate: r.visit_date,
    facilityCode: r.facility_code,
    facilityName: r.facility_name,
    diagnosisGroup: r.diagnosis_group,
    totalCost: r.total_cost,
    bhytPaid: r.bhyt_paid,
  };
}
