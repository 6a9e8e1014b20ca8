import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { seedDatabase } from '../../../../../main/data/seed-database';
import { createSqlitePublicDirectoryRepository } from '../../../../../main/db/repositories/sqlite-public-directory-repository';
import { createSqliteReferenceRepository } from '../../../../../main/db/repositories/sqlite-reference-repository';
import { invokeChannels } from '../../../../../preload/contract/channels';
import {
  createPublicDirectoryService,
  officeMapsUrl,
  type PublicDirectoryService,
} from '../../../../../main/services/public/public-directory-service';

let db: Database;
let svc: PublicDirectoryService;

beforeAll(() => {
  db = openDatabase(':memory:');
  // Enough people that employers number in the thousands: the p99 check below means something.
  seedDatabase(db, { persons: 60_000, seed: 7 });
  svc = createPublicDirectoryService(createSqlitePublicDirectoryRepository(db), createSqliteReferenceRepository(db));
}, 120_000);
afterAll(() => db.close());

describe('offices', () => {
  it('lists the offices of Hà Nội, the provincial office first, and pages without overlap', () => {
    const first = svc.searchOffices({ provinceCode: '01', offset: 0, limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.items[0]?.name).toBe('Bảo hiểm xã hội Thành phố Hà Nội');
    expect(first.items.every((o) => o.provinceCode === '01')).toBe(true);
    expect(first.hasMore).toBe(true);
    const second = svc.searchOffices({ provinceCode: '01', offset: 3, limit: 3 });
    expect(second.items.map((o) => o.code)).not.toContain(first.items[0]?.code);
    expect(second.offset).toBe(3);
  });

  it('matches names without diacritics, đ typed as d', () => {
    const all = svc.searchOffices({ offset: 0, limit: 50 });
    const withD = all.items.find((o) => o.name.includes('Đ') || o.name.includes('đ'));
    expect(withD).toBeDefined();
    const folded = (withD?.name ?? '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
    const r = svc.searchOffices({ text: folded, offset: 0, limit: 50 });
    expect(r.items.map((o) => o.code)).toContain(withD?.code);
  });

  it('gives a QR code of a maps URL, and province centres for the offline map', async () => {
    const d = await svc.officeDetail('BHXH-01');
    expect(d.qrSvg.startsWith('<svg')).toBe(true);
    expect(d.mapsUrl).toBe(officeMapsUrl(d.office.lat, d.office.lng));
    expect(d.mapsUrl).toMatch(/^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=21\.\d{5}%2C105\.\d{5}$/);
    expect(d.provinces.length).toBe(34);
    expect(d.provinces.find((p) => p.code === '01')?.name).toBe('Hà Nội');
    await expect(svc.officeDetail('NOPE')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('facilities', () => {
  it('separates the BHYT-contract list from the sick-leave list', () => {
    const bhyt = svc.searchFacilities({ list: 'bhyt', offset: 0, limit: 50 });
    const sick = svc.searchFacilities({ list: 'sick-leave', offset: 0, limit: 50 });
    expect(bhyt.items.every((f) => f.bhytContract)).toBe(true);
    expect(sick.items.every((f) => f.sickLeave)).toBe(true);
    const nonSick = db.prepare('SELECT code FROM facilities WHERE sick_leave = 0 LIMIT 1').get() as { code: string };
    expect(svc.searchFacilities({ list: 'sick-leave', code: nonSick.code, offset: 0, limit: 5 }).items).toHaveLength(0);
  });

  it('finds by code (exact or prefix, any case) and by name without diacritics', () => {
    expect(svc.searchFacilities({ list: 'bhyt', code: '01001', offset: 0, limit: 5 }).items.map((f) => f.code)).toEqual(['01001']);
    const prefix = svc.searchFacilities({ list: 'bhyt', code: '79', offset: 0, limit: 50 });
    expect(prefix.items.length).toBeGreaterThan(0);
    expect(prefix.items.every((f) => f.code.startsWith('79'))).toBe(true);
    const r = svc.searchFacilities({ list: 'bhyt', provinceCode: '01', text: 'benh vien da khoa', offset: 0, limit: 50 });
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.items.every((f) => f.name.includes('Bệnh viện Đa khoa'))).toBe(true);
  });

  it('folds LIKE wildcards away: "%" alone filters nothing, "benh%vien" is two words', () => {
    const none = svc.searchFacilities({ list: 'bhyt', offset: 0, limit: 5 });
    expect(svc.searchFacilities({ list: 'bhyt', text: '%', offset: 0, limit: 5 })).toEqual(none);
    const r = svc.searchFacilities({ list: 'bhyt', text: 'vien%da', offset: 0, limit: 50 });
    expect(r.items.every((f) => /viện Đa/.test(f.name))).toBe(true);
  });
});

describe('employers and collection points', () => {
  it('finds employers by province and name (Đại Việt typed "dai viet")', () => {
    const r = svc.searchEmployers({ text: 'dai viet', offset: 0, limit: 50 });
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.items.every((e) => e.name.includes('Đại Việt'))).toBe(true);
    const hn = svc.searchEmployers({ provinceCode: '01', offset: 0, limit: 50 });
    expect(hn.items.every((e) => e.provinceCode === '01')).toBe(true);
  });

  it('finds collection points by kind and name', () => {
    const r = svc.searchCollectionPoints({ provinceCode: '01', kind: 'diem-thu', text: 'buu dien', offset: 0, limit: 50 });
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.items.every((p) => p.kind === 'diem-thu' && p.name.startsWith('Điểm thu Bưu điện'))).toBe(true);
  });
});

describe('bounds', () => {
  it('never returns more than 50 rows, even when asked for more', () => {
    const r = svc.searchEmployers({ offset: 0, limit: 500 });
    expect(r.items).toHaveLength(50);
    expect(r.limit).toBe(50);
    expect(svc.searchEmployers({ offset: -5, limit: 0 }).items).toHaveLength(1);
  });

  it('the contract rejects oversized pages and texts before any handler runs', () => {
    const input = invokeChannels['employers:search'].input;
    expect(input.safeParse({ limit: 51 }).success).toBe(false);
    expect(input.safeParse({ text: 'x'.repeat(101) }).success).toBe(false);
    expect(input.safeParse({ offset: -1 }).success).toBe(false);
    expect(input.parse({})).toMatchObject({ offset: 0, limit: 20 });
    expect(invokeChannels['facilities:search'].input.safeParse({ list: 'bhyt', code: '123456' }).success).toBe(false);
  });
});
