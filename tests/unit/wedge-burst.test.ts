/** Reader bursts vs a person typing (renderer/lib/wedge-burst.ts), with the key timings a wedge reader produces. */
import { describe, expect, it } from 'vitest';
import { createWedgeBurstDetector } from '../../renderer/lib/wedge-burst';
import type { WedgeKeyResult } from '../../renderer/lib/wedge-burst';

/** Feeds keys `gapMs` apart from `start`; answers each result. */
function feed(keys: readonly string[], gapMs: number, d = createWedgeBurstDetector(), start = 1000): WedgeKeyResult[] {
  return keys.map((k, i) => d.key(k, start + i * gapMs));
}

const CCCD = '079085004321||Trần Văn Đức|02111985|Nam|123/4 Lê Văn Sỹ|10082022';

describe('wedge burst detector', () => {
  it('a reader burst (4 ms apart) ending in Enter is a scan; only the first two keys leaked', () => {
    const r = feed([...CCCD, 'Enter'], 4);
    expect(r.slice(0, 2).every((x) => x.kind === 'pass')).toBe(true);
    expect(r.slice(2, -1).every((x) => x.kind === 'swallow')).toBe(true);
    expect(r.at(-1)).toEqual({ kind: 'scan', text: CCCD, leaked: 2 });
  });

  it('Shift before capitals does not break the burst', () => {
    const keys = ['Shift', 'N', 'g', 'u', 'y', 'ễ', 'n', ' ', 'Shift', 'V', 'ă', 'n', 'Enter'];
    expect(feed(keys, 3).at(-1)).toEqual({ kind: 'scan', text: 'Nguyễn Văn', leaked: 2 });
  });

  it('a person typing (120 ms apart) and pressing Enter: every key passes, Enter too', () => {
    const r = feed([...'Nguyen Van A', 'Enter'], 120);
    expect(r.every((x) => x.kind === 'pass')).toBe(true);
  });

  it('a fast run too short to be a scan is handed back to be typed, and its Enter still works', () => {
    const d = createWedgeBurstDetector();
    const r = feed(['1', '2', '3', '4', 'Enter'], 10, d);
    expect(r.slice(0, 2).map((x) => x.kind)).toEqual(['pass', 'pass']);
    expect(r.slice(2, 4).map((x) => x.kind)).toEqual(['swallow', 'swallow']);
    expect(r.at(-1)).toEqual({ kind: 'replay', text: '34' });
  });

  it('a fast run that stops without Enter is handed back when idle', () => {
    const d = createWedgeBurstDetector();
    feed([...'abcdef'], 5, d);
    expect(d.swallowing).toBe(true);
    expect(d.idle()).toEqual({ kind: 'replay', text: 'cdef' });
    expect(d.swallowing).toBe(false);
  });

  it('slow keys after a swallowed run give the run back first, then pass', () => {
    const d = createWedgeBurstDetector();
    feed([...'abcd'], 5, d);
    expect(d.key('x', 2000)).toEqual({ kind: 'replay', text: 'cd' });
    expect(d.key('y', 2200)).toEqual({ kind: 'pass' });
  });

  it('Backspace inside a burst (an input method retyping) edits the burst', () => {
    const r = feed([...'Nguyeen', 'Backspace', 'Backspace', 'Backspace', 'ễ', 'n', ...'|02111985', 'Enter'], 3);
    expect(r.at(-1)).toMatchObject({ kind: 'scan', text: 'Nguyễn|02111985' });
  });
});
