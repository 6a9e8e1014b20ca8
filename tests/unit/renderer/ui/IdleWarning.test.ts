import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../../renderer/i18n/i18n';
import { DisplaySettings } from '../../../../renderer/ui/DisplaySettings';
import { IdleWarning } from '../../../../renderer/ui/IdleWarning';

const noop = (): void => undefined;

describe('IdleWarning markup', () => {
  it('is a modal alertdialog with the countdown sentence and a "Tiếp tục" button', () => {
    const html = renderToStaticMarkup(createElement(IdleWarning, { secondsLeft: 17, onContinue: noop, t: translator('vi') }));
    expect(html).toContain('role="alertdialog"');
    expect(html).toContain('aria-modal="true"');
    expect(html).toContain('Màn hình sẽ trở về trang chủ sau 17 giây. Thông tin của bạn sẽ được xóa.');
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>Tiếp tục<\/button>/);
    const described = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<p id="${described}"`);
  });
  it('speaks English when asked', () => {
    const html = renderToStaticMarkup(createElement(IdleWarning, { secondsLeft: 1, onContinue: noop, t: translator('en') }));
    expect(html).toContain('Seconds left before the screen returns to the start page: 1.');
    expect(html).toContain('>Continue</button>');
  });
});

describe('DisplaySettings markup', () => {
  it('names every control and marks the current choices pressed', () => {
    const html = renderToStaticMarkup(
      createElement(DisplaySettings, { textScale: 1.25, contrast: 'high', onTextScale: noop, onContrast: noop, t: translator('vi') }),
    );
    // The accessible name is the hidden "Cỡ chữ " plus the visible "125%" (label in name, no aria-label).
    for (const [percent, pressed] of [
      [100, false],
      [125, true],
      [150, false],
    ] as const) {
      expect(html).toMatch(
        new RegExp(
          `aria-pressed="${pressed}"[^>]*data-testid="text-scale-${percent}">(?:(?!</button>).)*Cỡ chữ (?:(?!</button>).)*${percent}%</span></button>`,
        ),
      );
    }
    expect(html).toMatch(/aria-pressed="true"[^>]*data-testid="toggle-contrast"[^>]*>.*Tương phản cao<\/button>/);
  });
});
