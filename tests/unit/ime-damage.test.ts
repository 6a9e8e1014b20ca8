/** Keyboard-wedge scans an input method rewrote (main/services/devices/ime-damage.ts); fictional people only. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectImeDamage } from '../../main/services/devices/ime-damage';

const card = (name: string, address = '123/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh'): string =>
  `079085004321||${name}|02111985|Nam|${address}|10082022`;

describe('detectImeDamage', () => {
  it.each([
    ['Telex keys left uncomposed', card('Nguyeenx Vawn Dduwcs'), 'telex'],
    ['Telex tone keys on ASCII words', card('Traanf Thij Lan'), 'telex'],
    ['VNI digits in the name', card('Nguye6n4 Va8n Du9c1'), 'vni'],
    ['VIQR marks', card('Nguye^n~ Va(n DDu+c'), 'viqr'],
    ['replacement characters', card('Nguy?n V?n ??c'), 'replacement'],
    ['U+FFFD', card('Nguy\uFFFDn Văn Đức'), 'replacement'],
    ['a field lost', '079085004321||Trần Văn Đức|02111985|Nam|10082022', 'field-count'],
  ])('%s', (_label, text, sign) => {
    expect(detectImeDamage(text)).toContain(sign);
  });

  it('accepts every clean CCCD fixture, and names of the Central Highlands written in ASCII', () => {
    const lines = readFileSync('tests/fixtures/cccd-qr.txt', 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(detectImeDamage(l.slice(l.indexOf('\t') + 1)), l).toEqual([]);
    expect(detectImeDamage(card('Ksor H’Nen'))).toEqual([]);
    expect(detectImeDamage(card("H'Hen Niê"))).toEqual([]);
    expect(detectImeDamage(card('Lê Minh Khôi', 'Vinhomes Times City, Green Bay, Hà Nội'))).toEqual([]);
  });

  it('leaves codes that are not a CCCD alone (a Form 01 code)', () => {
    expect(detectImeDamage('F01-2026-000123-7')).toEqual([]);
  });
});
