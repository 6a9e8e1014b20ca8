import { describe, expect, it } from 'vitest';
import { createTapCounter } from '../../../../../renderer/screens/maintenance/corner-gesture';

describe('maintenance corner gesture', () => {
  it('opens on the fifth tap within 3 seconds, then starts counting again', () => {
    let now = 0;
    const c = createTapCounter(() => now);
    const results = [0, 500, 1000, 1500, 2000].map((t) => ((now = t), c.tap()));
    expect(results).toEqual([false, false, false, false, true]);
    now = 2100;
    expect(c.tap()).toBe(false);
  });

  it('does not open when the taps are spread over more than 3 seconds', () => {
    let now = 0;
    const c = createTapCounter(() => now);
    const results = [0, 800, 1600, 2400, 3200, 4000].map((t) => ((now = t), c.tap()));
    expect(results).toEqual([false, false, false, false, false, false]);
    // Taps 2–6 lie within 3 s of each other once the first one has aged out.
    now = 4100;
    expect(c.tap()).toBe(true);
  });
});
