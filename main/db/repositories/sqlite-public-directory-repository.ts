/**
 * SQLite implementation of the public directory reads (services/public/public-directory-port.ts).
 * Every query is a prepared statement walking a (province_code, code|id) index, so a page costs the
 * rows it returns plus those the name filter skips — never a sort of the whole table.
 */
import type { Database } from '../open-database';
import type { CollectionPointKind, FacilityLevel } from './ports';
import type { PublicDirectoryRepository } from '../../services/public/public-directory-port';

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
  const offices = db.prepare<[Paging & { ward: string | null }], OfficeRow>(
    `SELECT code, name, province_code, ward_code, address, phone, hours, lat, lng FROM offices
     WHERE (@province IS NULL OR province_code = @province) AND (@ward IS NULL OR ward_code = @ward)
       AND (@text IS NULL OR name_key LIKE @text ESCAPE '\\')
     ORDER BY province_code, code LIMIT @fetch OFFSET @offset`,
  );
  const office = db.prepare<[string], OfficeRow>(
    'SELECT code, name, province_code, ward_code, address, phone, hours, lat, lng FROM offices WHERE code = ?',
  );
  const facilities = db.prepare<[Paging & { bhyt: number | null; sick: number | null; code: string | null }], FacilityRow>(
    `SELECT code, name, province_code, ward_code, address, level, bhyt_contract, sick_leave FROM facilities
     WHERE (@province IS NULL OR province_code = @province)
       AND (@text IS NULL OR name_key LIKE @text ESCAPE '\\')
       AND (@code IS NULL OR code LIKE @code)
       AND (@bhyt IS NULL OR bhyt_contract = @bhyt) AND (@sick IS NULL OR sick_leave = @sick)
     ORDER BY province_code, code LIMIT @fetch OFFSET @offset`,
  );
  const employers = db.prepare<[Paging], EmployerRow>(
    `SELECT id, code, name, province_code, address FROM employers
     WHERE (@province IS NULL OR province_code = @province) AND (@text IS NULL OR name_key LIKE @text ESCAPE '\\')
     ORDER BY province_code, code LIMIT @fetch OFFSET @offset`,
  );
  const points = db.prepare<[Paging & { ward: string | null; kind: string | null }], PointRow>(
    `SELECT id, name, kind, province_code, ward_code, address, phone FROM collection_points
     WHERE (@province IS NULL OR province_code = @province) AND (@ward IS NULL OR ward_code = @ward)
       AND (@kind IS NULL OR kind = @kind) AND (@text IS NULL OR name_key LIKE @text ESCAPE '\\')
     ORDER BY province_code, id LIMIT @fetch OFFSET @offset`,
  );

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
