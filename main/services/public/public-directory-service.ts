/**
 * The public directories a citizen can search without signing in: BHXH offices (with a QR code of the
 * location and data for the offline map), healthcare facilities (BHYT contract / sick-leave lists),
 * employers and collection points. Pure orchestration over the repository; no logging of queries.
 */
import QRCode from 'qrcode';
import { PROVINCE_CENTROIDS } from '../../data/province-centroids';
import type { ReferenceRepository } from '../../db/repositories/ports';
import { foldKey } from '../../domain/text/vi-text';
import { KioskFailure } from '../../../preload/contract/result';
import type { PublicDirectoryRepository } from './public-directory-port';

export interface Page<T> {
  readonly items: T[];
  readonly offset: number;
  readonly limit: number;
  readonly hasMore: boolean;
}

export interface SearchInput {
  readonly provinceCode?: string | undefined;
  readonly wardCode?: string | undefined;
  readonly text?: string | undefined;
  readonly offset: number;
  readonly limit: number;
}

export const MAX_PAGE = 50;

/**
 * The QR encodes a Google Maps search URL rather than a `geo:` URI: iPhone cameras ignore `geo:`, while
 * both iOS and Android open this https URL in a maps app or the browser. It carries only the office's
 * public coordinates. The kiosk itself never opens it (no network needed on our side).
 */
export function officeMapsUrl(lat: number, lng: number): string {
  return `https://www.google.com/maps/search/?api=1&query=${lat.toFixed(5)}%2C${lng.toFixed(5)}`;
}

function pageOf<T>(rows: T[], offset: number, limit: number): Page<T> {
  return { items: rows.slice(0, limit), offset, limit, hasMore: rows.length > limit };
}

function bounded(input: SearchInput) {
  const limit = Math.max(1, Math.min(MAX_PAGE, Math.trunc(input.limit)));
  const offset = Math.max(0, Math.trunc(input.offset));
  const nameKey = input.text === undefined ? '' : foldKey(input.text);
  return {
    offset,
    limit,
    ...(input.provinceCode ? { provinceCode: input.provinceCode } : {}),
    ...(input.wardCode ? { wardCode: input.wardCode } : {}),
    ...(nameKey ? { nameKey } : {}),
  };
}

export function createPublicDirectoryService(repo: PublicDirectoryRepository, reference: ReferenceRepository) {
  // Offices are few (≈ 200); their QR codes are cached after the first request.
  const qrCache = new Map<string, string>();
  let mapPoints: { code: string; name: string; lat: number; lng: number }[] | null = null;

  const provincesForMap = () =>
    (mapPoints ??= reference.listProvinces().flatMap((p) => {
      const c = PROVINCE_CENTROIDS[p.code];
      return c ? [{ code: p.code, name: p.shortName, lat: c[0], lng: c[1] }] : [];
    }));

  return {
    searchOffices(input: SearchInput) {
      const f = bounded(input);
      const rows = repo.searchOffices(f).map((o) => ({
        code: o.code,
        name: o.name,
        provinceCode: o.provinceCode,
        address: o.address,
        phone: o.phone,
        hours: o.hours,
        lat: o.lat,
        lng: o.lng,
      }));
      return pageOf(rows, f.offset, f.limit);
    },

    async officeDetail(code: string) {
      const o = repo.getOffice(code);
      if (!o) throw new KioskFailure('not-found', 'no such office');
      const mapsUrl = officeMapsUrl(o.lat, o.lng);
      let qrSvg = qrCache.get(o.code);
      if (qrSvg === undefined) {
        qrSvg = await QRCode.toString(mapsUrl, {
          type: 'svg',
          errorCorrectionLevel: 'M',
          margin: 2,
          color: { dark: '#000000', light: '#ffffff' },
        });
        qrCache.set(o.code, qrSvg);
      }
      return {
        office: {
          code: o.code,
          name: o.name,
          provinceCode: o.provinceCode,
          address: o.address,
          phone: o.phone,
          hours: o.hours,
          lat: o.lat,
          lng: o.lng,
        },
        mapsUrl,
        qrSvg,
        provinces: provincesForMap(),
      };
    },

    searchFacilities(input: SearchInput & { readonly list: 'bhyt' | 'sick-leave'; readonly code?: string | undefined }) {
      const f = bounded(input);
      const codePrefix = (input.code ?? '')
        .toUpperCase()
        .replace(/[^0-9A-Z]/g, '')
        .slice(0, 5);
      const rows = repo.searchFacilities({ ...f, list: input.list, ...(codePrefix ? { codePrefix } : {}) }).map((x) => ({
        code: x.code,
        name: x.name,
        provinceCode: x.provinceCode,
        address: x.address,
        level: x.level,
        bhytContract: x.bhytContract,
        sickLeave: x.sickLeave,
      }));
      return pageOf(rows, f.offset, f.limit);
    },

    searchEmployers(input: SearchInput) {
      const f = bounded({ ...input, wardCode: undefined });
      const rows = repo.searchEmployers(f).map((e) => ({ code: e.code, name: e.name, provinceCode: e.provinceCode, address: e.address }));
      return pageOf(rows, f.offset, f.limit);
    },

    searchCollectionPoints(input: SearchInput & { readonly kind?: 'diem-thu' | 'dai-ly' | undefined }) {
      const f = bounded(input);
      const rows = repo
        .searchCollectionPoints({ ...f, ...(input.kind ? { kind: input.kind } : {}) })
        .map((p) => ({ id: p.id, name: p.name, kind: p.kind, provinceCode: p.provinceCode, address: p.address, phone: p.phone }));
      return pageOf(rows, f.offset, f.limit);
    },
  };
}

export type PublicDirectoryService = ReturnType<typeof createPublicDirectoryService>;
