/** SQLite implementation of ReferenceRepository (administrative units and the public lookup tables). */
import { foldKey } from '../../domain/text/vi-text';
import type { Database } from '../open-database';
import type {
  CollectionPoint,
  CollectionPointKind,
  Employer,
  Facility,
  FacilityFilter,
  FacilityLevel,
  LegacyProvince,
  Office,
  PlaceFilter,
  Province,
  ReferenceRepository,
  Ward,
} from './ports';

const DEFAULT_LIMIT = 200;

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

interface PointRow {
  id: number;
  name: string;
  kind: CollectionPointKind;
  province_code: string;
  ward_code: string | null;
  address: string;
  phone: string | null;
}

interface EmployerRow {
  id: number;
  code: string;
  name: string;
  province_code: string;
  address: string;
}

/** Common WHERE for place filters; the name filter is a LIKE on the folded key (small tables, scans are fine). */
function placeParams(filter: PlaceFilter | undefined) {
  const text = filter?.text === undefined ? '' : foldKey(filter.text);
  return {
    province: filter?.provinceCode ?? null,
    ward: filter?.wardCode ?? null,
    text: text === '' ? null : `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`,
    limit: Math.max(1, Math.min(filter?.limit ?? DEFAULT_LIMIT, 5000)),
  };
}
function withoutWard(p: ReturnType<typeof placeParams>) {
  return { province: p.province, text: p.text, limit: p.limit };
}
const PLACE_WHERE = `(@province IS NULL OR province_code = @province)
  AND (@ward IS NULL OR ward_code = @ward)
  AND (@text IS NULL OR name_key LIKE @text ESCAPE '\\')`;

export function createSqliteReferenceRepository(db: Database): ReferenceRepository {
  const provinces = db.prepare<[], { code: string; name: string; short_name: string }>(
    'SELECT code, name, short_name FROM provinces ORDER BY code',
  );
  const province = db.prepare<[string], { code: string; name: string; short_name: string }>(
    'SELECT code, name, short_name FROM provinces WHERE code = ?',
  );
  const wards = db.prepare<[string], { code: string; province_code: string; name: string }>(
    'SELECT code, province_code, name FROM wards WHERE province_code = ? ORDER BY name_key, code',
  );
  const ward = db.prepare<[string], { code: string; province_code: string; name: string }>(
    'SELECT code, province_code, name FROM wards WHERE code = ?',
  );
  const legacyAll = db.prepare<[], { cccd_code: string; code: string; name: string; new_province_code: string }>(
    'SELECT cccd_code, code, name, new_province_code FROM legacy_provinces ORDER BY cccd_code',
  );
  const legacyOne = db.prepare<[string, string], { cccd_code: string; code: string; name: string; new_province_code: string }>(
    'SELECT cccd_code, code, name, new_province_code FROM legacy_provinces WHERE cccd_code = ? OR code = ?',
  );
  const offices = db.prepare<[ReturnType<typeof placeParams>], OfficeRow>(
    `SELECT code, name, province_code, ward_code, address, phone, hours, lat, lng FROM offices
     WHERE ${PLACE_WHERE} ORDER BY province_code, code LIMIT @limit`,
  );
  const facilities = db.prepare<[ReturnType<typeof placeParams> & { bhyt: number | null; sick: number | null }], FacilityRow>(
    `SELECT code, name, province_code, ward_code, address, level, bhyt_contract, sick_leave FROM facilities
     WHERE ${PLACE_WHERE} AND (@bhyt IS NULL OR bhyt_contract = @bhyt) AND (@sick IS NULL OR sick_leave = @sick)
     ORDER BY province_code, code LIMIT @limit`,
  );
  const facility = db.prepare<[string], FacilityRow>(
    'SELECT code, name, province_code, ward_code, address, level, bhyt_contract, sick_leave FROM facilities WHERE code = ?',
  );
  const points = db.prepare<[ReturnType<typeof placeParams> & { kind: string | null }], PointRow>(
    `SELECT id, name, kind, province_code, ward_code, address, phone FROM collection_points
     WHERE ${PLACE_WHERE} AND (@kind IS NULL OR kind = @kind)
     ORDER BY province_code, id LIMIT @limit`,
  );
  const employers = db.prepare<[{ province: string | null; text: string | null; limit: number }], EmployerRow>(
    `SELECT id, code, name, province_code, address FROM employers
     WHERE (@province IS NULL OR province_code = @province)
       AND (@text IS NULL OR name_key LIKE @text ESCAPE '\\')
     ORDER BY province_code, code LIMIT @limit`,
  );

  const toProvince = (r: { code: string; name: string; short_name: string }): Province => ({
    code: r.code,
    name: r.name,
    shortName: r.short_name,
  });
  const toWard = (r: { code: string; province_code: string; name: string }): Ward => ({
    code: r.code,
    provinceCode: r.province_code,
    name: r.name,
  });
  const toLegacy = (r: { cccd_code: string; code: string; name: string; new_province_code: string }): LegacyProvince => ({
    cccdCode: r.cccd_code,
    code: r.code,
    name: r.name,
    newProvinceCode: r.new_province_code,
  });
  const toFacility = (r: FacilityRow): Facility => ({
    code: r.code,
    name: r.name,
    provinceCode: r.province_code,
    wardCode: r.ward_code,
    address: r.address,
    level: r.level,
    bhytContract: r.bhyt_contract === 1,
    sickLeave: r.sick_leave === 1,
  });

  return {
    listProvinces: () => provinces.all().map(toProvince),
    getProvince: (code) => {
      const r = province.get(code);
      return r ? toProvince(r) : undefined;
    },
    listWards: (provinceCode) => wards.all(provinceCode).map(toWard),
    getWard: (code) => {
      const r = ward.get(code);
      return r ? toWard(r) : undefined;
    },
    listLegacyProvinces: () => legacyAll.all().map(toLegacy),
    findLegacyProvince: (code) => {
      const r = legacyOne.get(code, code);
      return r ? toLegacy(r) : undefined;
    },
    listOffices: (filter) =>
      offices.all(placeParams(filter)).map((r): Office => ({
        code: r.code,
        name: r.name,
        provinceCode: r.province_code,
        wardCode: r.ward_code,
        address: r.address,
        phone: r.phone,
        hours: r.hours,
        lat: r.lat,
        lng: r.lng,
      })),
    listFacilities: (filter?: FacilityFilter) =>
      facilities
        .all({
          ...placeParams(filter),
          bhyt: filter?.bhytContract === undefined ? null : Number(filter.bhytContract),
          sick: filter?.sickLeave === undefined ? null : Number(filter.sickLeave),
        })
        .map(toFacility),
    getFacility: (code) => {
      const r = facility.get(code);
      return r ? toFacility(r) : undefined;
    },
    listCollectionPoints: (filter) =>
      points.all({ ...placeParams(filter), kind: filter?.kind ?? null }).map((r): CollectionPoint => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        provinceCode: r.province_code,
        wardCode: r.ward_code,
        address: r.address,
        phone: r.phone,
      })),
    listEmployers: (filter) =>
      employers.all(withoutWard(placeParams(filter))).map((r): Employer => ({
        id: r.id,
        code: r.code,
        name: r.name,
        provinceCode: r.province_code,
        address: r.address,
      })),
  };
}
