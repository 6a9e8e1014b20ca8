import { describe, expect, it } from 'vitest';
import { centuryAndGenderFromId } from '../../../../../main/domain/codes/parse-cccd';
import { parseScannedCode } from '../../../../../main/domain/codes/parse-scanned-code';
import { fixture, withPart } from '../../../../support/test-payloads';

const A = fixture('old-id-present'); // 001192012345, 14031992, Nữ

function errorOf(payload: string): { code: string; field?: string } {
  const r = parseScannedCode(payload);
  if (r.ok) throw new Error('expected an error');
  return r.error.field === undefined ? { code: r.error.code } : { code: r.error.code, field: r.error.field };
}

function cccd(id: string, dob: string, gender: string): string {
  return `${id}||Lê Thị Mai|${dob}|${gender}|Xã Nghĩa Hưng, Tỉnh Ninh Bình|01072021`;
}

describe('CCCD QR', () => {
  it('maps the century/gender digit', () => {
    expect([0, 1, 2, 3, 4, 5, 8, 9].map((d) => centuryAndGenderFromId(`001${d}00000000`))).toEqual([
      { century: 1900, gender: 'male' },
      { century: 1900, gender: 'female' },
      { century: 2000, gender: 'male' },
      { century: 2000, gender: 'female' },
      { century: 2100, gender: 'male' },
      { century: 2100, gender: 'female' },
      { century: 2300, gender: 'male' },
      { century: 2300, gender: 'female' },
    ]);
  });

  it.each([
    ['001085000001', '01011985', 'Nam'],
    ['001185000001', '01011985', 'Nữ'],
    ['001205000001', '01012005', 'Nam'],
    ['001305000001', '01012005', 'Nữ'],
  ])('accepts %s born %s (%s)', (id, dob, gender) => {
    const r = parseScannedCode(cccd(id, dob, gender));
    expect(r.ok && r.value.kind === 'cccd' && r.value.idNumber).toBe(id);
  });

  const discrepanciesOf = (payload: string) => {
    const r = parseScannedCode(payload);
    if (!r.ok || r.value.kind !== 'cccd') throw new Error('expected a CCCD');
    return r.value.discrepancies;
  };

  it('accepts a genuine card whose number disagrees with its birth year (or century), and says what disagrees', () => {
    expect(discrepanciesOf(A)).toEqual([]);
    expect(discrepanciesOf(withPart(A, 3, '14031993'))).toEqual([{ field: 'birthYear', fromIdNumber: '1992', onCard: '1993' }]);
    expect(discrepanciesOf(withPart(A, 3, '14031892'))).toEqual([{ field: 'birthYear', fromIdNumber: '1992', onCard: '1892' }]);
    expect(discrepanciesOf(withPart(A, 3, '1993'))).toEqual([{ field: 'birthYear', fromIdNumber: '1992', onCard: '1993' }]);
  });

  it('accepts a genuine card whose number disagrees with its gender, and says so', () => {
    expect(discrepanciesOf(withPart(A, 4, 'Nam'))).toEqual([{ field: 'gender', fromIdNumber: 'female', onCard: 'male' }]);
  });

  it('accepts month-year (mmyyyy) and year-only dates of birth', () => {
    const my = parseScannedCode(withPart(A, 3, '031992'));
    expect(my.ok && my.value.kind === 'cccd' && my.value.dateOfBirth).toBe('1992-03');
    const y = parseScannedCode(withPart(A, 3, '1992'));
    expect(y.ok && y.value.kind === 'cccd' && y.value.dateOfBirth).toBe('1992');
  });

  it('rejects impossible dates', () => {
    expect(errorOf(withPart(A, 3, '31021992'))).toEqual({ code: 'cccd-bad-date', field: 'dateOfBirth' });
    expect(errorOf(withPart(A, 3, '29021991'))).toEqual({ code: 'cccd-bad-date', field: 'dateOfBirth' });
    expect(errorOf(withPart(A, 3, '131992'))).toEqual({ code: 'cccd-bad-date', field: 'dateOfBirth' });
    expect(errorOf(withPart(A, 3, '14/03/1992'))).toEqual({ code: 'cccd-bad-date', field: 'dateOfBirth' });
    expect(errorOf(withPart(A, 6, '31042021'))).toEqual({ code: 'cccd-bad-date', field: 'issueDate' });
    expect(errorOf(withPart(A, 6, '01011990'))).toEqual({ code: 'cccd-bad-date', field: 'issueDate' });
    // 29 Feb in a leap year is fine.
    expect(parseScannedCode(withPart(withPart(A, 3, '29021992'), 6, '29022000')).ok).toBe(true);
  });

  it('treats an empty issue date as absent', () => {
    const r = parseScannedCode(withPart(A, 6, ''));
    expect(r.ok && r.value.kind === 'cccd' && r.value.issueDate).toBeNull();
  });

  it('validates the ID and old ID numbers', () => {
    expect(errorOf(withPart(A, 0, '00119201234'))).toEqual({ code: 'cccd-bad-id', field: 'idNumber' });
    expect(errorOf(withPart(A, 1, '01345678'))).toEqual({ code: 'cccd-bad-old-id', field: 'oldIdNumber' });
    expect(errorOf(withPart(A, 1, 'A13456789'))).toEqual({ code: 'cccd-bad-old-id', field: 'oldIdNumber' });
    const twelve = parseScannedCode(withPart(A, 1, '001192099999'));
    expect(twelve.ok && twelve.value.kind === 'cccd' && twelve.value.oldIdNumber).toBe('001192099999');
  });

  it('rejects missing names and unknown genders', () => {
    expect(errorOf(withPart(A, 2, '  '))).toEqual({ code: 'cccd-bad-name', field: 'fullName' });
    expect(errorOf(withPart(A, 4, 'Khác'))).toEqual({ code: 'cccd-bad-gender', field: 'gender' });
  });

  it('accepts NỮ / nữ / decomposed Nữ as female', () => {
    for (const g of ['NỮ', 'nữ', 'Nữ'.normalize('NFD')]) {
      const r = parseScannedCode(withPart(A, 4, g));
      expect(r.ok && r.value.kind === 'cccd' && r.value.gender).toBe('female');
    }
  });

  it('accepts exactly 7 or 11 parts', () => {
    expect(
      errorOf(
        A.split('|')
          .filter((_, i) => i !== 1)
          .join('|'),
      ),
    ).toEqual({ code: 'cccd-bad-field-count' });
    expect(errorOf(`${A}|`)).toEqual({ code: 'cccd-bad-field-count' });
    expect(errorOf(`${A}||||||`)).toEqual({ code: 'cccd-bad-field-count' });
    const eleven = parseScannedCode(`${A}|x|||Phạm Thị B`);
    expect(eleven.ok && eleven.value.kind === 'cccd' && eleven.value.extraFields).toEqual(['x', '', '', 'Phạm Thị B']);
  });

  it('strips CR/LF/NUL and other control characters and normalises names to NFC', () => {
    const dirty = `\u0000${withPart(A, 2, ' Nguyễn\tThị  Lan Anh '.normalize('NFD'))}\r\n\u0000`;
    const r = parseScannedCode(dirty);
    expect(r.ok && r.value.kind === 'cccd' && r.value.fullName).toBe('Nguyễn Thị Lan Anh'.normalize('NFC'));
    expect(r.ok && r.value.kind === 'cccd' && r.value.issueDate).toBe('2021-05-20');
  });

  it('never puts the scanned values into error messages', () => {
    const r = parseScannedCode(withPart(A, 3, '31021992'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const text = r.error.messageEn;
      for (const secret of ['001192012345', 'Nguyễn', '1992']) expect(text).not.toContain(secret);
    }
  });
});
