import { describe, expect, it } from 'vitest';
import { loadAdministrativeUnits } from '../../../../../main/data/administrative-units';
import { loadWardMappings } from '../../../../../main/data/ward-mappings';
import { benchCardAddresses } from '../../../../bench/bench-card-addresses';
import { createCardAddressResolver, unitKey } from '../../../../../main/domain/address/card-address';

const { provinces, wards } = loadAdministrativeUnits();
const resolve = createCardAddressResolver({ provinces, wards, mappings: loadWardMappings() });
const wardName = (code: string | undefined) => wards.find((w) => w.code === code)?.name;

describe('card addresses to Form 01 fields', () => {
  it('keeps the whole street part, not only the first comma part', () => {
    const r = resolve('Xóm 1, Thôn Phước Bình, Xã Phước Sơn, Huyện Tuy Phước, Tỉnh Bình Định');
    expect(r.street).toBe('Xóm 1, Thôn Phước Bình');
    expect(r.status).toBe('resolved');
    // Bình Định merged into Gia Lai (52) in 2025.
    expect(r.provinceCode).toBe('52');
    expect(r.wardCandidates.map((w) => w.name)).toEqual(['Xã Tuy Phước Đông']);
  });

  it('reads pre-2025 names without unit prefixes, with "TP." and doubled commas', () => {
    const bare = resolve('Thôn Trung, Lam Cốt, Tân Yên, Bắc Giang');
    expect(bare).toMatchObject({ street: 'Thôn Trung', provinceCode: '24', status: 'resolved' });
    const tp = resolve('123/4 Lê Văn Sỹ,, Phường 13, Quận 3, TP. Hồ Chí Minh');
    expect(tp).toMatchObject({ street: '123/4 Lê Văn Sỹ', provinceCode: '79' });
    expect(tp.wardCandidates).toHaveLength(1);
  });

  it('offers only the candidates when the old ward was split', () => {
    const r = resolve('Số 5 ngõ 2 Trần Thái Tông, Phường Dịch Vọng, Quận Cầu Giấy, Hà Nội');
    expect(r.status).toBe('split');
    expect(r.wardCandidates.length).toBeGreaterThan(1);
    expect(r.wardCandidates.length).toBeLessThan(5);
    expect(r.street).toBe('Số 5 ngõ 2 Trần Thái Tông');
  });

  it('reads 2025 addresses (ward, province) and falls back to the province alone', () => {
    const r = resolve('Số 12 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội');
    expect(r).toMatchObject({ street: 'Số 12 phố Đội Cấn', provinceCode: '01', status: 'resolved' });
    expect(wardName(r.wardCandidates[0]?.code)).toBe('Phường Ba Đình');
    expect(resolve('Số 9, Ngõ 3, Nơi Không Có, Huyện Không Có, Hà Nội')).toMatchObject({
      street: 'Số 9, Ngõ 3',
      provinceCode: '01',
      status: 'province-only',
    });
    expect(resolve('Somewhere abroad')).toMatchObject({ street: 'Somewhere abroad', provinceCode: null, status: 'unresolved' });
  });

  it('the bench set resolves almost every generated card address', () => {
    expect(benchCardAddresses(400).resolvedRate).toBeGreaterThan(0.95);
  });

  it('folds unit names without their prefixes', () => {
    expect(['TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Hồ Chí Minh'].map(unitKey)).toEqual(['ho chi minh', 'ho chi minh', 'ho chi minh']);
    expect(unitKey('Phường 13')).toBe('13');
    expect(unitKey('Xã Thuận Hoà')).toBe(unitKey('Thuận Hòa'));
  });
});
