import { describe, expect, it } from 'vitest';
import { applyDisplaySettings, TEXT_SCALES } from '../../../../renderer/ui/display-settings';
import type { DisplayRoot } from '../../../../renderer/ui/display-settings';

const fakeRoot = () => {
  const props = new Map<string, string>();
  const root: DisplayRoot = { style: { setProperty: (n, v) => void props.set(n, v) }, dataset: {} };
  return { root, props };
};

describe('applyDisplaySettings', () => {
  it('sets --text-scale and the high-contrast flag, and removes the flag again', () => {
    const { root, props } = fakeRoot();
    applyDisplaySettings(root, { textScale: 1.5, contrast: 'high' });
    expect(props.get('--text-scale')).toBe('1.5');
    expect(root.dataset.contrast).toBe('high');
    applyDisplaySettings(root, { textScale: 1, contrast: 'normal' });
    expect(props.get('--text-scale')).toBe('1');
    expect('contrast' in root.dataset).toBe(false);
  });
  it('offers exactly three steps', () => {
    expect(TEXT_SCALES).toEqual([1, 1.25, 1.5]);
  });
});
