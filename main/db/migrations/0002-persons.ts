import type { Migration } from './migration';

/**
 * Index used by the mã số BHXH lookup (services/lookup). A composite B-tree on the folded full name and
 * the date of birth, rather than FTS5: the portal lookup requires the whole name and the date of birth, so
 * an exact seek on (name_key, date_of_birth) answers it in a few page reads; FTS5's unicode61 tokenizer does
 * not fold đ (docs/domain/vietnamese-text.md), would need a second copy of every name, and makes bulk seeding much slower.
 * Exported so the seeder can drop and rebuild it around a bulk insert.
 */
export const PERSON_NAME_INDEX_SQL = 'CREATE INDEX IF NOT EXISTS persons_by_name_dob ON persons (name_key, date_of_birth)';
export const PERSON_OLD_ID_INDEX_SQL =
  'CREATE INDEX IF NOT EXISTS persons_by_old_id ON persons (old_id_number) WHERE old_id_number IS NOT NULL';

/**
 * People and their BHYT cards. A person is keyed both by the 10-digit mã số BHXH and the 12-digit CCCD number
 * (Luật BHXH 2024 moves towards the personal ID as identifier, docs/domain/bhyt-card.md).
 */
export const personsMigration: Migration = {
  version: 2,
  name: 'persons',
  up(db) {
    db.exec(`
      CREATE TABLE persons (
        id INTEGER PRIMARY KEY,
        insurance_number TEXT NOT NULL UNIQUE CHECK (length(insurance_number) = 10),  -- mã số BHXH
        id_number TEXT UNIQUE CHECK (id_number IS NULL OR length(id_number) = 12),    -- CCCD / số định danh
        old_id_number TEXT,                    -- 9-digit CMND, when known
        full_name TEXT NOT NULL,               -- NFC, as on the ID card
        name_key TEXT NOT NULL,                -- foldKey(full_name): lower case, no marks, đ→d
        date_of_birth TEXT NOT NULL,           -- 'YYYY-MM-DD', or 'YYYY' when only the year is known
        gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
        phone TEXT,
        email TEXT,
        province_code TEXT,                    -- residence, 2025 code
        ward_code TEXT,                        -- residence, 2025 code
        address TEXT,                          -- full residence address, NFC
        birth_province_code TEXT               -- 3-digit legacy (CCCD) code of birth registration
      ) STRICT;
      ${PERSON_NAME_INDEX_SQL};
      ${PERSON_OLD_ID_INDEX_SQL};

      CREATE TABLE bhyt_cards (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
        card_code TEXT NOT NULL,               -- printed code: 10-digit mã số (1666 template) or 15-char legacy code
        object_code TEXT,                      -- mã đối tượng, e.g. 'DN', 'HT', 'TE', 'HS', 'GD'
        benefit_code TEXT NOT NULL,            -- mã mức hưởng 1–5
        living_area_code TEXT,                 -- 'K1' | 'K2' | 'K3' or NULL
        facility_code TEXT NOT NULL,           -- nơi đăng ký KCB ban đầu (5 chars); not an FK, lists are incomplete
        valid_from TEXT NOT NULL,              -- 'YYYY-MM-DD'
        valid_to TEXT,                         -- NULL = open-ended
        five_years_from TEXT,                  -- thời điểm đủ 5 năm liên tục
        issued_by TEXT,                        -- nơi cấp, đổi thẻ
        issue_date TEXT NOT NULL,
        qr_payload TEXT NOT NULL               -- the card's QR text; field 13 is a placeholder (docs/domain/bhyt-card.md)
      ) STRICT;
      CREATE INDEX bhyt_cards_by_person ON bhyt_cards (person_id, valid_from);
      CREATE INDEX bhyt_cards_by_code ON bhyt_cards (card_code);
    `);
  },
};
