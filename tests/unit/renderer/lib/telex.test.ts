import { describe, expect, it } from 'vitest';
import { applyTelexKey, telexToText } from '../../../../renderer/lib/telex';

/** Expected text for each vowel with tones sắc, huyền, hỏi, ngã, nặng (in Telex order s f r x j). */
const TONED: Readonly<Record<string, readonly [string, string]>> = {
  a: ['a', 'áàảãạ'],
  aw: ['ă', 'ắằẳẵặ'],
  aa: ['â', 'ấầẩẫậ'],
  e: ['e', 'éèẻẽẹ'],
  ee: ['ê', 'ếềểễệ'],
  i: ['i', 'íìỉĩị'],
  o: ['o', 'óòỏõọ'],
  oo: ['ô', 'ốồổỗộ'],
  ow: ['ơ', 'ớờởỡợ'],
  u: ['u', 'úùủũụ'],
  uw: ['ư', 'ứừửữự'],
  y: ['y', 'ýỳỷỹỵ'],
};
const TONE_KEYS = ['s', 'f', 'r', 'x', 'j'] as const;

describe('telexToText: the proof sentence', () => {
  it('types "Nguyeenx Vawn Ddwcs" as exactly "Nguyễn Văn Đức" in NFC', () => {
    const out = telexToText('Nguyeenx Vawn Ddwcs');
    expect(out).toBe('Nguyễn Văn Đức'.normalize('NFC'));
    expect(out.normalize('NFC')).toBe(out);
    expect([...out]).toHaveLength(14);
  });
});

describe('telexToText: every tone on every vowel', () => {
  for (const [keys, [bare, toned]] of Object.entries(TONED)) {
    it(`${bare}: plain, five tones, upper case`, () => {
      expect(telexToText(keys)).toBe(bare);
      TONE_KEYS.forEach((t, i) => {
        expect(telexToText(keys + t)).toBe(toned[i]);
        expect(telexToText((keys + t).toUpperCase())).toBe(toned[i]?.toUpperCase());
      });
    });
  }
});

describe('telexToText: words', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['Vawn', 'Văn'],
    ['Ddwcs', 'Đức'],
    ['thuowng', 'thương'],
    ['quoocs', 'quốc'],
    ['giaf', 'già'],
    ['Khooi', 'Khôi'],
    ['tieengs', 'tiếng'],
    ['truwowngf', 'trường'],
    ['Dduwowngf', 'Đường'],
    ['nguwowif', 'người'],
    ['ruwowuj', 'rượu'],
    ['tuwowi', 'tươi'],
    ['thuowr', 'thuở'],
    ['muwa', 'mưa'],
    ['muaw', 'mưa'],
    ['luwar', 'lửa'],
    ['hoawcj', 'hoặc'],
    ['ngoaif', 'ngoài'],
    ['khuyur', 'khuỷu'],
    ['yeeu', 'yêu'],
    ['nhieeuf', 'nhiều'],
    ['tuaanf', 'tuần'],
    ['huynhf', 'huỳnh'],
    ['cuar', 'của'],
    ['Ddaf', 'Đà'],
    ['nhaapj', 'nhập'],
    ['Trinh', 'Trinh'],
    ['Phamj Thij Lan Anh', 'Phạm Thị Lan Anh'],
    ['Hoof Chis Minh', 'Hồ Chí Minh'],
  ];
  for (const [keys, want] of cases) it(`${keys} → ${want}`, () => expect(telexToText(keys)).toBe(want));
});

describe('telexToText: gi and qu clusters', () => {
  it('treats gi as an initial before another vowel, and as g + i alone', () => {
    expect(telexToText('gif')).toBe('gì');
    expect(telexToText('giuwx')).toBe('giữ');
    expect(telexToText('gieengs')).toBe('giếng');
    expect(telexToText('giowf')).toBe('giờ');
    expect(telexToText('ginf')).toBe('gìn');
  });
  it('treats qu as an initial: the tone goes on the vowel after it', () => {
    expect(telexToText('quys')).toBe('quý');
    expect(telexToText('quas')).toBe('quá');
    expect(telexToText('quyeenf')).toBe('quyền');
    expect(telexToText('Quyfnh')).toBe('Quỳnh');
  });
});

describe('telexToText: tone placement (hòa style, same as canonicalText)', () => {
  it('puts the tone on the first vowel of a final oa/oe/uy', () => {
    expect(telexToText('hoaf')).toBe('hòa');
    expect(telexToText('khoer')).toBe('khỏe');
    expect(telexToText('thuyr')).toBe('thủy');
  });
  it('moves the tone to the second vowel when a final consonant follows', () => {
    expect(telexToText('hoanf')).toBe('hoàn');
    expect(telexToText('hoafn')).toBe('hoàn');
    expect(telexToText('tosan')).toBe('toán');
  });
  it('accepts marks typed after the final consonant', () => {
    expect(telexToText('tranaf')).toBe('trần');
    expect(telexToText('dungd')).toBe('đung');
    expect(telexToText('Nguyenex')).toBe('Nguyễn');
  });
});

describe('telexToText: undo and removal', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['aaa', 'aa'],
    ['ass', 'as'],
    ['asss', 'ass'],
    ['ddd', 'dd'],
    ['oww', 'ow'],
    ['aww', 'aw'],
    ['eee', 'ee'],
    ['xooong', 'xoong'],
    ['asf', 'à'],
    ['asz', 'a'],
    ['az', 'az'],
    ['ww', 'uw'],
  ];
  for (const [keys, want] of cases) it(`${keys} → ${want}`, () => expect(telexToText(keys)).toBe(want));
});

describe('telexToText: case, bare w, non-Vietnamese text', () => {
  it('preserves upper case', () => {
    expect(telexToText('NGUYEENX VAWN DDWCS')).toBe('NGUYỄN VĂN ĐỨC');
    expect(telexToText('DD')).toBe('Đ');
    expect(telexToText('Dd')).toBe('Đ');
    expect(telexToText('dD')).toBe('đ');
  });
  it('types ư for a bare w', () => {
    expect(telexToText('w')).toBe('ư');
    expect(telexToText('W')).toBe('Ư');
    expect(telexToText('nhwngx')).toBe('những');
  });
  it('leaves digits, punctuation and non-syllables alone', () => {
    expect(telexToText('Hello')).toBe('Hello');
    expect(telexToText('Soos 12, Ddwowngf 3/2')).toBe('Số 12, Đường 3/2');
    expect(telexToText('123')).toBe('123');
  });
});

describe('applyTelexKey', () => {
  it('works one key at a time against an existing buffer', () => {
    expect(applyTelexKey('Nguyên', 'x')).toBe('Nguyễn');
    expect(applyTelexKey('Văn Đưc', 's')).toBe('Văn Đức');
    expect(applyTelexKey('', 'a')).toBe('a');
  });
  it('accepts a decomposed (NFD) buffer and returns NFC', () => {
    const out = applyTelexKey('Nguye\u0302n', 'x');
    expect(out).toBe('Nguy\u1ec5n');
    expect(out).toBe(out.normalize('NFC'));
  });
  it('processes a multi-character key as successive keystrokes', () => {
    expect(applyTelexKey('Trâ', 'nf')).toBe('Trần');
  });
});
