import { describe, expect, it } from 'vitest';
import {
  caseFor,
  deleteBackward,
  keyboardRows,
  pasteText,
  physicalAction,
  typeChar,
} from '../../../../../renderer/ui/keyboard/input-method';
import type { KeySpec } from '../../../../../renderer/ui/keyboard/input-method';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

const typeAll = (keys: string, method: 'telex' | 'vni'): string => [...keys].reduce((v, ch) => typeChar(v, ch, 'text', method), '');

describe('keyboardRows', () => {
  it('text layout has every letter, digits, and the action keys', () => {
    const keys = keyboardRows('text').flat();
    const letters = keys.flatMap((k: KeySpec) => (k.kind === 'char' && /^[a-z0-9]$/.test(k.ch) ? [k.ch] : [])).join('');
    expect([...letters].sort().join('')).toBe([...'abcdefghijklmnopqrstuvwxyz0123456789'].sort().join(''));
    for (const kind of ['backspace', 'space', 'shift', 'done'] as const) expect(keys.some((k) => k.kind === kind)).toBe(true);
    expect(keys.filter((k) => k.kind === 'method')).toHaveLength(2);
  });
  it('digits layout has 0–9, backspace and done only', () => {
    const keys = keyboardRows('digits').flat();
    expect(keys).toHaveLength(12);
    expect(keys.some((k) => k.kind === 'space' || k.kind === 'shift')).toBe(false);
  });
});

describe('typeChar', () => {
  it('runs letters through the chosen engine', () => {
    expect(typeAll('Nguyeenx Vawn Ddwcs', 'telex')).toBe('Nguyễn Văn Đức');
    expect(typeAll('Nguye6n4 Va8n D9u7c1', 'vni')).toBe('Nguyễn Văn Đức');
  });
  it('accepts only digits in digits mode', () => {
    expect(typeChar('12', '3', 'digits', 'telex')).toBe('123');
    expect(typeChar('12', 'a', 'digits', 'telex')).toBe('12');
  });
  it('respects maxLength but still lets a mark key change the last letter', () => {
    expect(typeChar('abc', 'd', 'text', 'telex', 3)).toBe('abc');
    expect(typeChar('Vaw', 'n', 'text', 'telex', 3)).toBe('Vaw');
    expect(typeChar('Văn', 's', 'text', 'telex', 3)).toBe('Vắn');
  });
});

describe('editing helpers', () => {
  it('deleteBackward removes one composed character', () => {
    expect(deleteBackward('Đức')).toBe('Đứ');
    expect(deleteBackward('Đu\u031b\u0301')).toBe('Đ');
    expect(deleteBackward('')).toBe('');
  });
  it('pasteText normalises to NFC and strips control characters', () => {
    const out = pasteText('', 'Nguye\u0302\u0303n\r\nVa\u0306n', 'text');
    expect(out).toBe('Nguyễn Văn');
    expect(out).toBe(out.normalize('NFC'));
    expect(pasteText('0', ' 0123-456 789 ', 'digits', 6)).toBe('001234');
  });
  it('caseFor capitalises with shift or at a word start when asked', () => {
    expect(caseFor('a', 'x', true, false)).toBe('A');
    expect(caseFor('a', '', false, true)).toBe('A');
    expect(caseFor('a', 'Văn ', false, true)).toBe('A');
    expect(caseFor('a', 'V', false, true)).toBe('a');
    expect(caseFor('a', '', false, false)).toBe('a');
  });
});

describe('physicalAction', () => {
  it('routes printable keys, Backspace, Enter and Escape', () => {
    expect(physicalAction(press('a'), 'text')).toEqual({ kind: 'char', ch: 'a' });
    expect(physicalAction(press(' '), 'text')).toEqual({ kind: 'char', ch: ' ' });
    expect(physicalAction(press('Backspace'), 'text')).toEqual({ kind: 'backspace' });
    expect(physicalAction(press('Enter'), 'digits')).toEqual({ kind: 'done' });
    expect(physicalAction(press('Escape'), 'text')).toEqual({ kind: 'close' });
  });
  it('leaves shortcuts and navigation to the browser and swallows letters in digits mode', () => {
    expect(physicalAction(press('v', { ctrlKey: true }), 'text')).toEqual({ kind: 'pass' });
    expect(physicalAction(press('Tab'), 'text')).toEqual({ kind: 'pass' });
    expect(physicalAction(press('ArrowLeft'), 'text')).toEqual({ kind: 'pass' });
    expect(physicalAction(press('a'), 'digits')).toEqual({ kind: 'ignore' });
    expect(physicalAction(press('7'), 'digits')).toEqual({ kind: 'char', ch: '7' });
  });
});

describe('plain mode (passwords)', () => {
  it('types letters as they are: no Telex, so "Kiosk2026" stays "Kiosk2026"', () => {
    expect([...'Kiosk2026'].reduce((v, ch) => typeChar(v, ch, 'plain', 'telex'), '')).toBe('Kiosk2026');
    const keys = keyboardRows('plain').flat();
    expect(keys.some((k) => k.kind === 'method')).toBe(false);
    expect(physicalAction(press('s'), 'plain')).toEqual({ kind: 'char', ch: 's' });
  });
});

const typeKeys = (keys: readonly string[], mode: 'text' | 'email' | 'code' | 'plain', start = ''): string =>
  keys.reduce((v, ch) => typeChar(v, ch, mode, 'telex'), start);
const charsOf = (mode: 'text' | 'email' | 'code' | 'plain' | 'digits'): string[] =>
  keyboardRows(mode)
    .flat()
    .flatMap((k) => (k.kind === 'char' ? [k.ch] : []));

describe('punctuation for addresses (text mode)', () => {
  it('has , . - / keys that pass through Telex unchanged', () => {
    expect(charsOf('text')).toEqual(expect.arrayContaining([',', '.', '-', '/']));
    expect(typeKeys([...'12/4 Lee Lowij, p. Beesn Nghes'], 'text')).toBe('12/4 Lê Lợi, p. Bến Nghé');
    expect(typeKeys([...'Nguyeexn-Traafn.'], 'text')).toBe('Nguyễn-Trần.');
  });
});

describe('email mode', () => {
  it('offers @ . - _ and the endings .vn and .com, with no space bar or shift', () => {
    expect(charsOf('email')).toEqual(expect.arrayContaining(['@', '.', '-', '_', '.vn', '.com']));
    const kinds = keyboardRows('email')
      .flat()
      .map((k) => k.kind);
    expect(kinds).not.toContain('space');
    expect(kinds).not.toContain('shift');
    expect(kinds).toContain('done');
  });
  it('types as is: no Telex ("ee" stays "ee"), endings in one key, spaces refused', () => {
    expect(typeKeys([...'lan.anh@example', '.vn'], 'email')).toBe('lan.anh@example.vn');
    expect(typeKeys([...'see_you', '@', 'x', '.com'], 'email')).toBe('see_you@x.com');
    expect(typeChar('a', ' ', 'email', 'telex')).toBe('a');
    expect(physicalAction(press(' '), 'email')).toEqual({ kind: 'ignore' });
    expect(physicalAction(press('@'), 'email')).toEqual({ kind: 'char', ch: '@' });
    expect(pasteText('', ' lan.anh @example.vn\n', 'email')).toBe('lan.anh@example.vn');
  });
  it('a multi-letter ending does not break maxLength', () => {
    expect(typeChar('ab@c', '.com', 'email', 'telex', 6)).toBe('ab@c');
    expect(typeChar('ab@c', '.vn', 'email', 'telex', 7)).toBe('ab@c.vn');
  });
});

describe('code mode (registration codes F01-XXXXXXXX-C)', () => {
  it('has capital letters, digits and a hyphen, and no Telex or space', () => {
    const keys = charsOf('code');
    expect([...keys].sort().join('')).toBe([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'].sort().join(''));
    expect(
      keyboardRows('code')
        .flat()
        .some((k) => k.kind === 'space' || k.kind === 'method'),
    ).toBe(false);
  });
  it('upper-cases what is typed and refuses other characters', () => {
    expect(typeKeys([...'f01-7k3m9qxz-4'], 'code')).toBe('F01-7K3M9QXZ-4');
    expect(typeChar('F01', ' ', 'code', 'telex')).toBe('F01');
    expect(typeChar('F01', 'ư', 'code', 'telex')).toBe('F01');
    expect(physicalAction(press('*'), 'code')).toEqual({ kind: 'ignore' });
    expect(pasteText('', 'f01 7k3m9qxz–4', 'code')).toBe('F017K3M9QXZ4');
  });
});

describe('plain mode symbols', () => {
  it('offers - . @ _ for passwords and user names, typed as they are', () => {
    expect(charsOf('plain')).toEqual(expect.arrayContaining(['-', '.', '@', '_']));
    expect(typeKeys([...'Kiosk_2026@a.b-c'], 'plain')).toBe('Kiosk_2026@a.b-c');
  });
});
