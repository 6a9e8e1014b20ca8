import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatMonth } from '../../../../../renderer/screens/records/format';

describe('records formats', () => {
  it('writes money the Vietnamese way', () => {
    expect(formatMoney(1_234_000)).toBe('1.234.000 ₫');
    expect(formatMoney(0)).toBe('0 ₫');
  });
  it('writes dates and months day first', () => {
    expect(formatDate('2025-03-02')).toBe('02/03/2025');
    expect(formatMonth('2014-08')).toBe('08/2014');
  });
});
