/**
 * SQLite implementation of the public directory reads (services/public/public-directory-port.ts).
 * Every query is a prepared statement walking a (province_code, code|id) index, so a page costs the
 * rows it returns plus those the name filter skips — never a sort of the whole table.
 */
import type { Statement } from 'better-sqlite3';
import type { Database } from '../open-database';
import type { CollectionPointKind, FacilityLevel } from './ports';
import type { PublicDirectoryRepository } from '../../services/public/public-directory-port';

/** Up to this many name matches are fetched through the FTS index and sorted; more means the text is common. */
const FTS_SPARSE_LIMIT = 300;

/** LIKE pattern for a folded key, with LIKE's own wildcards escaped. */
const containsPattern = (key: string | undefined): string | null =>
  key === undefined || key === '' ? null : `%${key.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;

interface Paging {
  readonly province: string | null;
  readonly text: string | null;
  readonly offset: number;
  readonly fetch: number;
}

export function createSqlitePublicDirectoryRepository(db: Database): PublicDirectoryRepository {
  // One statement per combination of filters actually given (at most 2^4 per table, prepared on first use): a
  // "(@x IS NULL OR col = @x)" clause would hide the equality from the planner, which then walks the whole index
  // in ORDER BY order and filters — fine on 500 rows, 150 ms on the 1M-person bench's employers.
  const cache = new Map<string, Statement>();
  const query = <R>(
    table: string,
    columns: string,
    order: string,
    clauses: readonly (readonly [string, unknown])[],
    paging: { readonly fetch: number; readonly offset: number },
  ): R[] => {
    const used = clauses.filter(([, v]) => v !== null && v !== undefined);
    const sql = `SELECT ${columns} FROM ${table}${used.length > 0 ? ` WHERE ${used.map(([c]) => c).join(' AND ')}` : ''} ORDER BY ${order} LIMIT ? OFFSET ?`;
    let stmt = cache.get(sql);
    if (stmt === undefined) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt.all(...used.map(([, v]) => v), paging.fetch, paging.offset) as R[];
  };
  const LIKE = "name_key LIKE ? ESCAPE '\\'";
  /**
   * The name filter. A text that matches few rows goes through the trigram index (migration 70) and only those rows
   * are sorted; a common one ("công ty") matches densely, so walking the ordered index with the plain LIKE fills a
   * page at once while sorting every FTS hit would not. A bounded probe of the FTS index tells the two apart.
   * Texts of 1–2 characters, or with LIKE wildcards to escape, always take the plain LIKE.
   */
  const probes = new Map<string, Statement>();
  const nameClause = (table: string, pattern: string | null): readonly [string, unknown] => {
    if (pattern === null || !/^%[\p{L}\p{N} ]{3,}%$/u.test(pattern)) return [LIKE, pattern];
    let probe = probes.get(table);
    if (probe === undefined) {
      probe = db.prepare(`SELECT COUNT(*) AS n FROM (SELECT rowid FROM ${table}_name_fts WHERE name_key LIKE ? LIMIT ${FTS_SPARSE_LIMIT})`);
      probes.set(table, probe);
    }
    const { n } = probe.get(pattern) as { n: number };
    return n < FTS_SPARSE_LIMIT ? [`rowid IN (SELECT rowid FROM ${table}_name_fts WHERE name_key LIKE ?)`, pattern] : [LIKE, pattern];
  };
  const offices = {
    all: (p: Paging & { ward: string | null }) =>
      query<OfficeRow>(
        'offices',
        'code, name, province_code, ward_code, address, phone, hours, lat, lng',
        'province_code, code',
        [['province_code = ?', p.province], ['ward_code = ?', p.ward], nameClause('offices', p.text)],
        p,
      ),
  };
  const office = db.prepare<[string], OfficeRow>(
    'SELECT code, name, province_code, ward_code, address, phone, hours, lat, lng FROM offices WHERE code = ?',
  );
  const facilities = {
    all: (p: Paging & { bhyt: number | null; sick: number | null; code: string | null }) =>
      query<FacilityRow>(
        'facilities',
        'code, name, province_code, ward_code, address, level, bhyt_contract, sick_leave',
        'province_code, code',
        [
          ['province_code = ?', p.province],
          nameClause('facilities', p.text),
          ['code LIKE ?', p.code],
          ['bhyt_contract = ?', p.bhyt],
          ['sick_leave = ?', p.sick],
        ],
        p,
      ),
  };
  const employers = {
    all: (p: Paging) =>
      query<EmployerRow>(
        'employers',
        'id, code, name, province_code, address',
        'province_code, code',
        [['province_code = ?', p.province], nameClause('employers', p.text)],
        p,
      ),
  };
  const points = {
    all: (p: Paging & { ward: string | null; kind: string | null }) =>
      query<PointRow>(
        'collection_points',
        'id, name, kind, province_code, ward_code, address, phone',
        'province_code, id',
        [['province_code = ?', p.province], ['ward_code = ?', p.ward], ['kind = ?', p.kind], nameClause('collection_points', p.text)],
        p,
      ),
  };

  const paging = (f: { provinceCode?: string; nameKey?: string; offset: number; limit: number }): Paging => ({
    province: f.provinceCode ?? null,
    text: containsPattern(f.nameKey),
    offset: f.offset,
    fetch: f.limit + 1,
  });
  const toOffice = (r: OfficeRow) => ({
    code: r.code,
    name: r.name,
    provinceCode: r.province_code,
    wardCode: r.ward_code,
    address: r.address,
    phone: r.phone,
    hours: r.hours,
    lat: r.lat,
    lng: r.lng,
  });

  return {
    searchOffices: (f) => offices.all({ ...paging(f), ward: f.wardCode ?? null }).map(toOffice),
    getOffice: (code) => {
      const r = office.get(code);
      return r ? toOffice(r) : undefined;
    },
    searchFacilities: (f) =>
      facilities
        .all({
          ...paging(f),
          bhyt: f.list === 'bhyt' ? 1 : null,
          sick: f.list === 'sick-leave' ? 1 : null,
          code: f.codePrefix === undefined || f.codePrefix === '' ? null : `${f.codePrefix.replace(/[^0-9A-Z]/g, '')}%`,
        })
        .map((r) => ({
          code: r.code,
          name: r.name,
          provinceCode: r.province_code,
          wardCode: r.ward_code,
          address: r.address,
          level: r.level,
          bhytContract: r.bhyt_contract === 1,
          sickLeave: r.sick_leave === 1,
        })),
    searchEmployers: (f) =>
      employers.all(paging(f)).map((r) => ({ id: r.id, code: r.code, name: r.name, provinceCode: r.province_code, address: r.address })),
    searchCollectionPoints: (f) =>
      points.all({ ...paging(f), ward: f.wardCode ?? null, kind: f.kind ?? null }).map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        provinceCode: r.province_code,
        wardCode: r.ward_code,
        address: r.address,
        phone: r.phone,
      })),
  };
}

interface OfficeRow {
  code: string;
  name: string;
  province_code: string;
  ward_code: string | null;
  address: string;
  phone: string | null;
  hours: string | null;
  lat: number;
  lng: number;
}
interface FacilityRow {
  code: string;
  name: string;
  province_code: string;
  ward_code: string | null;
  address: string;
  level: FacilityLevel;
  bhyt_contract: number;
  sick_leave: number;
}
interface EmployerRow {
  id: number;
  code: string;
  name: string;
  province_code: string;
  address: string;
}
interface PointRow {
  id: number;
  name: string;
  kind: CollectionPointKind;
  province_code: string;
  ward_code: string | null;
  address: string;
  phone: string | null;
}
