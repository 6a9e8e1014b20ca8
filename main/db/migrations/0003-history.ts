import type { Migration } from './migration';

/**
 * What VssID shows a signed-in person: participation periods per scheme with the employer unit, benefits
 * received, and the medical-visit log. Every child table is indexed by person_id first so that loading one
 * person's whole record is a handful of range scans.
 */
export const historyMigration: Migration = {
  version: 3,
  name: 'history',
  up(db) {
    db.exec(`
      CREATE TABLE employers (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,             -- mã đơn vị
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        province_code TEXT NOT NULL,
        address TEXT NOT NULL
      ) STRICT;
      CREATE INDEX employers_by_province ON employers (province_code);

      CREATE TABLE participation (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
        scheme TEXT NOT NULL CHECK (scheme IN ('bhxh', 'bhtn', 'bhtnld-bnn', 'bhyt')),
        from_month TEXT NOT NULL,              -- 'YYYY-MM'
        to_month TEXT,                         -- NULL = ongoing
        employer_id INTEGER REFERENCES employers (id),
        position TEXT,
        salary_base INTEGER                    -- contribution base, VND per month
      ) STRICT;
      CREATE INDEX participation_by_person ON participation (person_id, from_month);

      CREATE TABLE benefits (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('one-time', 'sickness', 'maternity', 'convalescence', 'monthly-pension', 'unemployment')),
        from_date TEXT NOT NULL,
        to_date TEXT,
        amount INTEGER NOT NULL,               -- VND (per month for monthly-pension)
        note TEXT
      ) STRICT;
      CREATE INDEX benefits_by_person ON benefits (person_id, from_date);

      CREATE TABLE medical_visits (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
        visit_date TEXT NOT NULL,
        facility_code TEXT NOT NULL,
        diagnosis_group TEXT NOT NULL,
        total_cost INTEGER NOT NULL,           -- VND
        bhyt_paid INTEGER NOT NULL             -- VND
      ) STRICT;
      CREATE INDEX medical_visits_by_person ON medical_visits (person_id, visit_date);
    `);
  },
};
