import { describe, expect, it } from 'vitest';
import { revealDelta } from '../../../../../renderer/ui/keyboard/reveal';

// A 900 px tall viewport with the keyboard docked from y = 480.
const DOCK = 480;

describe('revealDelta', () => {
  it('leaves things alone when the field and its button are already above the keyboard', () => {
    expect(revealDelta({ top: 100, bottom: 180 }, { top: 200, bottom: 264 }, 0, DOCK)).toBe(0);
  });
  it('scrolls the button up from under the keyboard, keeping the field in view', () => {
    const delta = revealDelta({ top: 400, bottom: 480 }, { top: 560, bottom: 624 }, 0, DOCK);
    expect(delta).toBe(624 - (DOCK - 16));
    expect(400 - delta).toBeGreaterThanOrEqual(16);
  });
  it('brings a field that is above the screen back down', () => {
    expect(revealDelta({ top: -200, bottom: -120 }, null, 0, DOCK)).toBe(-216);
  });
  it('when field and button cannot both fit, puts the field at the top', () => {
    expect(revealDelta({ top: 600, bottom: 680 }, { top: 1200, bottom: 1264 }, 0, DOCK)).toBe(600 - 16);
  });
  it('a field taller than the room is aligned at its top (a long feedback message box)', () => {
    expect(revealDelta({ top: 300, bottom: 900 }, null, 0, DOCK)).toBe(300 - 16);
  });
  it('respects a header that covers the top of the screen', () => {
    expect(revealDelta({ top: 50, bottom: 130 }, null, 100, DOCK)).toBe(50 - 116);
  });
});
