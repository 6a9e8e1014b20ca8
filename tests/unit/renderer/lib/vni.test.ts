import { describe, expect, it } from 'vitest';
import { applyVniKey, vniToText } from '../../../../renderer/lib/vni';

const TONED: Readonly<Record<string, readonly [string, string]>> = {
  a: ['a', 'áàảãạ'],
  a8: ['ă', 'ắằẳẵặ'],
  a6: ['â', 'ấầẩẫậ'],
  e: ['e', 'éèẻẽẹ'],
  e6: ['ê', 'ếềểễệ'],
  i: ['i', 'íìỉĩị'],
  o: ['o', 'óòỏõọ'],
  o6: ['ô', 'ốồổỗộ'],
  o7: ['ơ', 'ớờởỡợ'],
  u: ['u', 'úùủũụ'],
  u7: ['ư', 'ứừửữự'],
  y: ['y', 'ýỳỷỹỵ'],
};

describe('vniToText', () => {
  it('types "Nguye6n4 Va8n D9u7c1" as exactly "Nguyễn Văn Đức" in NFC', () => {
    const out = vniToText('Nguye6n4 Va8n D9u7c1');
    expect(out).toBe('Nguyễn Văn Đức'.normalize('NFC'));
    expect(out.normalize('NFC')).toBe(out);
  });

  for (const [keys, [bare, toned]] of Object.entries(TONED)) {
    it(`${bare}: five tones, upper case`, () => {
      expect(vniToText(keys)).toBe(bare);
      [1, 2, 3, 4, 5].forEach((d, i) => {
        expect(vniToText(`${keys}${d}`)).toBe(toned[i]);
        expect(vniToText(`${keys.toUpperCase()}${d}`)).toBe(toned[i]?.toUpperCase());
      });
    });
  }

  const cases: ReadonlyArray<readonly [string, string]> = [
    ['thu7o7ng', 'thương'],
    ['thuong7', 'thương'],
    ['Tru7o7ng2', 'Trường'],
    ['nguoi72', 'người'],
    ['quo6c1', 'quốc'],
    ['gia2', 'già'],
    ['giu74', 'giữ'],
    ['quy1', 'quý'],
    ['hoa2', 'hòa'],
    ['hoan2', 'hoàn'],
    ['tie6ng1', 'tiếng'],
    ['mu7a', 'mưa'],
    ['mua7', 'mưa'],
    ['hoa8c5', 'hoặc'],
    ['D9', 'Đ'],
    ['d9a2', 'đà'],
    ['A6', 'Â'],
    ['a11', 'a1'],
    ['a66', 'a6'],
    ['d99', 'd9'],
    ['a10', 'a'],
    ['a0', 'a0'],
    ['123', '123'],
    ['So61 12', 'Số 12'],
    ['7', '7'],
  ];
  for (const [keys, want] of cases) it(`${keys} → ${want}`, () => expect(vniToText(keys)).toBe(want));

  it('types letters w, s, f as letters', () => {
    expect(vniToText('swift')).toBe('swift');
  });
});

describe('applyVniKey', () => {
  it('applies one key to an existing buffer', () => {
    expect(applyVniKey('Nguyên', '4')).toBe('Nguyễn');
    expect(applyVniKey('Nguyễn', '0')).toBe('Nguyên');
  });
});
