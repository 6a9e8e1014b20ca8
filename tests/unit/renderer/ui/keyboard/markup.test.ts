// Static markup checks (no DOM in unit tests): every key is a real button with an accessible name,
// and the date pickers only offer existing dates. Interaction is covered by Playwright.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../../../renderer/i18n/i18n';
import { DateEntry } from '../../../../../renderer/ui/keyboard/DateEntry';
import { KeyboardField } from '../../../../../renderer/ui/keyboard/KeyboardField';
import { OnScreenKeyboard } from '../../../../../renderer/ui/keyboard/OnScreenKeyboard';

const t = translator('vi');
const noop = (): void => undefined;
const buttons = (html: string): string[] => [...html.matchAll(/<button[^>]*>.*?<\/button>/g)].map((m) => m[0]);

describe('OnScreenKeyboard markup', () => {
  it('text layout: named action keys, a pressed Telex switch, all buttons typed "button"', () => {
    const html = renderToStaticMarkup(
      createElement(OnScreenKeyboard, {
        value: '',
        onChange: noop,
        mode: 'text',
        inputMethod: 'telex',
        onInputMethod: noop,
        onDone: noop,
        t,
      }),
    );
    const bs = buttons(html);
    expect(bs).toHaveLength(10 + 10 + 9 + 9 + 8);
    expect(bs.every((b) => b.includes('type="button"'))).toBe(true);
    expect(html).toContain('aria-label="Xóa lùi"');
    expect(html).toContain('aria-label="Chữ hoa"');
    expect(html).toContain('>Dấu cách</button>');
    expect(html).toContain('>Xong</button>');
    expect(html).toMatch(/aria-pressed="true"[^>]*data-key="telex"/);
    expect(html).toMatch(/aria-pressed="false"[^>]*data-key="vni"/);
    expect(html).toContain('role="group" aria-label="Bàn phím ảo"');
  });
  it('punctuation keys have spoken names; the e-mail layout offers @ and .vn but no space bar', () => {
    const text = renderToStaticMarkup(
      createElement(OnScreenKeyboard, { value: '', onChange: noop, mode: 'text', inputMethod: 'telex', onDone: noop, t }),
    );
    expect(text).toMatch(/aria-label="Dấu phẩy \(,\)" data-key=","/);
    expect(text).toMatch(/aria-label="Gạch chéo \(\/\)" data-key="\/"/);
    const email = renderToStaticMarkup(
      createElement(OnScreenKeyboard, { value: '', onChange: noop, mode: 'email', inputMethod: 'telex', onDone: noop, t }),
    );
    expect(email).toMatch(/aria-label="A còng \(@\)" data-key="@"/);
    expect(email).toContain('data-key=".vn"');
    expect(email).not.toContain('data-key="space"');
    expect(buttons(email).every((b) => b.includes('type="button"'))).toBe(true);
  });
  it('digits layout: 12 keys and no method switch', () => {
    const html = renderToStaticMarkup(
      createElement(OnScreenKeyboard, { value: '', onChange: noop, mode: 'digits', inputMethod: 'vni', onDone: noop, t }),
    );
    expect(buttons(html)).toHaveLength(12);
    expect(html).not.toContain('data-key="vni"');
  });
});

describe('KeyboardField markup', () => {
  it('labels the input and suppresses the OS touch keyboard', () => {
    const html = renderToStaticMarkup(
      createElement(KeyboardField, {
        label: 'Họ và tên *',
        name: 'fullName',
        value: 'Đức',
        onChange: noop,
        mode: 'text',
        inputMethod: 'telex',
        t,
        error: 'Vui lòng nhập họ và tên.',
      }),
    );
    const id = /<label[^>]*for="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`id="${id}"`);
    expect(html).toContain('inputMode="none"');
    expect(html).toContain('value="Đức"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('role="alert"');
  });
});

describe('DateEntry markup', () => {
  it('offers only the days of the chosen month and no date after max', () => {
    const html = renderToStaticMarkup(
      createElement(DateEntry, { label: 'Ngày sinh', value: '2024-02-10', onChange: noop, minYear: 1900, max: '2025-06-15', t }),
    );
    const daySelect = /<select[^>]*-day"[^>]*>(.*?)<\/select>/.exec(html)?.[1] ?? '';
    expect([...daySelect.matchAll(/<option value="\d+"/g)]).toHaveLength(29);
    expect(html).toContain('<option value="2025">2025</option>');
    expect(html).not.toContain('<option value="2026"');
    expect(html).toContain('aria-label="Giảm ngày"');
    expect(html).toContain('aria-label="Tăng năm"');
    expect(html).toContain('<legend');
  });
});
