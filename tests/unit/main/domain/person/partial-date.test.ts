import { describe, expect, it } from 'vitest';
import {
  displayPartialDate,
  isPartialDate,
  parsePartialDate,
  partialDatesAgree,
  precisionOf,
} from '../../../../../main/domain/person/partial-date';

describe('partial dates of birth', () => {
  it('accepts a year, a month and year, or a real calendar date', () => {
    expect(['1950', '1950-03', '1950-03-15', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['195', '1950-13', '1950-00', '2023-02-29', '1950-3', '1799', '15/03/1950'].some(isPartialDate)).toBe(false);
    expect(['1950', '1950-03', '1950-03-15'].map(precisionOf)).toEqual(['year', 'month', 'day']);
  });

  it('compares on the parts both dates have', () => {
    expect(partialDatesAgree('1950', '1950-03-15')).toBe(true);
    expect(partialDatesAgree('1950-03-15', '1950-03')).toBe(true);
    expect(partialDatesAgree('1950-04', '1950-03-15')).toBe(false);
    expect(partialDatesAgree('1951', '1950')).toBe(false);
    expect(partialDatesAgree('1950-02-30', '1950')).toBe(false);
  });

  it('reads what people type: year, mm/yyyy, d/m/yyyy', () => {
    expect(parsePartialDate(' 1950 ')).toBe('1950');
    expect(parsePartialDate('3/1950')).toBe('1950-03');
    expect(parsePartialDate('5.3.1950')).toBe('1950-03-05');
    expect(parsePartialDate('1950-03')).toBe('1950-03');
    expect(parsePartialDate('13/1950')).toBeNull();
    expect(parsePartialDate('31/02/1950')).toBeNull();
    expect(displayPartialDate('1950-03')).toBe('03/1950');
  });
});
