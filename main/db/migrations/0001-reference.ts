import type { Migration } from './migration';

/**
 * Reference data: the 2025 two-level administrative units, the 63 pre-2025 provinces (still encoded in
 * CCCD numbers, KCB codes and old cards), and the public lookup tables (offices, facilities, collection points).
 * Codes are TEXT because leading zeros are significant ('01', '00004', '001').
 * Reference columns are not foreign keys to provinces/wards: imported facility and office lists are
 * known to be incomplete (docs/domain/administrative-units.md) and must load even when a code is not in our unit list.
 */
export const referenceMigration: Migration = {
  version: 1,
  name: 'reference',
  up(db) {
    db.exec(`
      CREATE TABLE provinces (
        code TEXT PRIMARY KEY CHECK (length(code) = 2),  -- 2025 code (CV 915/CTK-CSCL)
        name TEXT NOT NULL,                               -- 'Thành phố Hà Nội', 'Tỉnh Cao Bằng' (NFC)
        short_name TEXT NOT NULL,                         -- 'Hà Nội', 'Cao Bằng'
        kind TEXT NOT NULL CHECK (kind IN ('thanh-pho', 'tinh')),
        name_key TEXT NOT NULL                            -- foldKey(name)
      ) STRICT;

      CREATE TABLE wards (
        code TEXT PRIMARY KEY CHECK (length(code) = 5),  -- 5-digit commune code (CV 1027/CTK-CSCL)
        province_code TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('phuong', 'xa', 'dac-khu')),
        name_key TEXT NOT NULL
      ) STRICT;
      CREATE INDEX wards_by_province ON wards (province_code, name_key);

      -- The 63 provinces before 1 July 2025. cccd_code is the 3-digit birth-registration prefix of a CCCD number.
      CREATE TABLE legacy_provinces (
        cccd_code TEXT PRIMARY KEY CHECK (length(cccd_code) = 3),
        code TEXT NOT NULL UNIQUE CHECK (length(code) = 2),
        name TEXT NOT NULL,
        new_province_code TEXT NOT NULL
      ) STRICT;

      -- BHXH offices (lookup "Cơ quan bảo hiểm", with map location).
      CREATE TABLE offices (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        province_code TEXT NOT NULL,
        ward_code TEXT,
        address TEXT NOT NULL,
        phone TEXT,
        hours TEXT,
        lat REAL NOT NULL,
        lng REAL NOT NULL
      ) STRICT;
      CREATE INDEX offices_by_province ON offices (province_code);

      -- Healthcare facilities (cơ sở KCB) with their 5-character code: old 2-digit province + 3 chars.
      CREATE TABLE facilities (
        code TEXT PRIMARY KEY CHECK (length(code) = 5),
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        province_code TEXT NOT NULL,
        ward_code TEXT,
        address TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune', 'private')),
        bhyt_contract INTEGER NOT NULL CHECK (bhyt_contract IN (0, 1)),
        sick_leave INTEGER NOT NULL CHECK (sick_leave IN (0, 1))
      ) STRICT;
      CREATE INDEX facilities_by_province ON facilities (province_code);

      -- Collection points and agents (điểm thu, đại lý thu).
      CREATE TABLE collection_points (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('diem-thu', 'dai-ly')),
        province_code TEXT NOT NULL,
        ward_code TEXT,
        address TEXT NOT NULL,
        phone TEXT
      ) STRICT;
      CREATE INDEX collection_points_by_place ON collection_points (province_code, ward_code);
    `);
  },
};
