import { describe, expect, it } from 'vitest';
import { BHYT_CARD_FIELDS, loadBhytCardLayout } from '../../../../native/documents/card-layout.js';
import layoutJson from '../../../../resources/card-layout/bhyt-1666.json' with { type: 'json' };

describe('loadBhytCardLayout', () => {
  it('parses the bundled 1666 layout and documents the size assumption', () => {
    const layout = loadBhytCardLayout();
    expect(layout.card).toEqual({ widthMm: 85.6, heightMm: 53.98 });
    expect(layout.notes.some((n) => n.startsWith('ASSUMPTION') && n.includes('85.6'))).toBe(true);
    expect(layout.front.qr).not.toBeNull();
  });

  it('places every printable card field on the front', () => {
    const layout = loadBhytCardLayout();
    const fields = new Set(layout.front.elements.flatMap((e) => (e.source.kind === 'field' ? [e.source.field] : [])));
    expect([...fields].sort()).toEqual([...BHYT_CARD_FIELDS].sort());
  });

  it('keeps labels and static text in NFC', () => {
    const layout = loadBhytCardLayout();
    for (const e of [...layout.front.elements, ...layout.back.elements]) {
      expect(e.label).toBe(e.label.normalize('NFC'));
      if (e.source.kind === 'static') expect(e.source.text).toBe(e.source.text.normalize('NFC'));
    }
  });

  it('rejects an element that runs off the card', () => {
    const broken = structuredClone(layoutJson) as { front: { elements: { widthMm: number }[] } };
    const first = broken.front.elements[0];
    if (!first) throw new Error('no elements');
    first.widthMm = 200;
    expect(() => loadBhytCardLayout(broken)).toThrow(/wider than the card/);
  });

  it('rejects an unknown field name', () => {
    const broken = structuredClone(layoutJson) as { front: { elements: { source: unknown }[] } };
    const first = broken.front.elements[0];
    if (!first) throw new Error('no elements');
    first.source = { kind: 'field', field: 'address' };
    expect(() => loadBhytCardLayout(broken)).toThrow();
  });
});
