/**
 * Prepared INSERT statements for generated and demo rows. Positional parameters in column order keep
 * the hot loop of the generator cheap (no per-row object building for better-sqlite3 to walk).
 */
import type { Database } from '../db/open-database';

export type PersonRow = readonly [
  id: number,
  insuranceNumber: string,
  idNumber: string | null,
  oldIdNumber: string | null,
  fullName: string,
  nameKey: string,
  dateOfBirth: string,
  gender: 'male' | 'female',
  phone: string | null,
  email: string | null,
  provinceCode: string | null,
  wardCode: string | null,
  address: string | null,
  birthProvinceCode: string | null,
];

export type CardRow = readonly [
  personId: number,
  cardCode: string,
  objectCode: string | null,
  benefitCode: string,
  livingAreaCode: string | null,
  facilityCode: string,
  validFrom: string,
  validTo: string | null,
  fiveYearsFrom: string | null,
  issuedBy: string | null,
  issueDate: string,
  qrPayload: string,
];

export type ParticipationRow = readonly [
  personId: number,
  scheme: string,
  fromMonth: string,
  toMonth: string | null,
  employerId: number | null,
  position: string | null,
  salaryBase: number | null,
];

export type BenefitRow = readonly [
  personId: number,
  kind: string,
  fromDate: string,
  toDate: string | null,
  amount: number,
  note: string | null,
];
export type VisitRow = readonly [
  personId: number,
  visitDate: string,
  facilityCode: string,
  diagnosisGroup: string,
  totalCost: number,
  bhytPaid: number,
];
export type EmployerRow = readonly [id: number, code: string, name: string, nameKey: string, provinceCode: string, address: string];
export type FacilityRow = readonly [
  code: string,
  name: string,
  nameKey: string,
  provinceCode: string,
  wardCode: string | null,
  address: string,
  level: string,
  bhytContract: 0 | 1,
  sickLeave: 0 | 1,
];
export type OfficeRow = readonly [
  code: string,
  name: string,
  nameKey: string,
  provinceCode: string,
  wardCode: string | null,
  address: string,
  phone: string | null,
  hours: string | null,
  lat: number,
  lng: number,
];
export type CollectionPointRow = readonly [
  name: string,
  nameKey: string,
  kind: 'diem-thu' | 'dai-ly',
  provinceCode: string,
  wardCode: string | null,
  address: string,
  phone: string | null,
];

export interface PopulationWriter {
  person(row: PersonRow): void;
  card(row: CardRow): void;
  participation(row: ParticipationRow): void;
  benefit(row: BenefitRow): void;
  visit(row: VisitRow): void;
  employer(row: EmployerRow): void;
  facility(row: FacilityRow): void;
  office(row: OfficeRow): void;
  collectionPoint(row: CollectionPointRow): void;
}

export function createPopulationWriter(db: Database): PopulationWriter {
  const person = db.prepare(
    `INSERT INTO persons (id, insurance_number, id_number, old_id_number, full_name, name_key, date_of_birth, gender,
       phone, email, province_code, ward_code, address, birth_province_code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const card = db.prepare(
    `INSERT INTO bhyt_cards (person_id, card_code, object_code, benefit_code, living_area_code, facility_code, valid_from,
       valid_to, five_years_from, issued_by, issue_date, qr_payload) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const participation = db.prepare(
    'INSERT INTO participation (person_id, scheme, from_month, to_month, employer_id, position, salary_base) VALUES (?,?,?,?,?,?,?)',
  );
  const benefit = db.prepare('INSERT INTO benefits (person_id, kind, from_date, to_date, amount, note) VALUES (?,?,?,?,?,?)');
  const visit = db.prepare(
    'INSERT INTO medical_visits (person_id, visit_date, facility_code, diagnosis_group, total_cost, bhyt_paid) VALUES (?,?,?,?,?,?)',
  );
  const employer = db.prepare('INSERT INTO employers (id, code, name, name_key, province_code, address) VALUES (?,?,?,?,?,?)');
  const facility = db.prepare(
    `INSERT INTO facilities (code, name, name_key, province_code, ward_code, address, level, bhyt_contract, sick_leave)
     VALUES (?,?,?,?,?,?,?,?,?)`,
  );
  const office = db.prepare(
    'INSERT INTO offices (code, name, name_key, province_code, ward_code, address, phone, hours, lat, lng) VALUES (?,?,?,?,?,?,?,?,?,?)',
  );
  const point = db.prepare(
    'INSERT INTO collection_points (name, name_key, kind, province_code, ward_code, address, phone) VALUES (?,?,?,?,?,?,?)',
  );
  return {
    person: (r) => void person.run(r),
    card: (r) => void card.run(r),
    participation: (r) => void participation.run(r),
    benefit: (r) => void benefit.run(r),
    visit: (r) => void visit.run(r),
    employer: (r) => void employer.run(r),
    facility: (r) => void facility.run(r),
    office: (r) => void office.run(r),
    collectionPoint: (r) => void point.run(r),
  };
}
