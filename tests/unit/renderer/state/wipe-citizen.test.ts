import { afterEach, describe, expect, it } from 'vitest';
import { dumpRegisteredStores, isKeptStorageKey, registerCitizenReset, wipeCitizen } from '../../../../renderer/state/wipe-citizen';

/** A Map-backed Storage, since unit tests run without a DOM. */
function fakeStorage(entries: Record<string, string>): Storage {
  const m = new Map(Object.entries(entries));
  return {
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
  };
}

const g = globalThis as { localStorage?: Storage; sessionStorage?: Storage };
afterEach(() => {
  delete g.localStorage;
  delete g.sessionStorage;
});

describe('wipeCitizen', () => {
  it('resets every registered store, clears web storage but the kiosk keys, and ends the visit on the host', async () => {
    let data: string | null = 'Trần Văn Đức';
    const off = registerCitizenReset(
      'test',
      () => {
        data = null;
      },
      () => ({ data }),
    );
    const offBroken = registerCitizenReset('broken', () => {
      throw new Error('boom');
    });
    g.localStorage = fakeStorage({ draft: '079085004321', 'kiosk-display-scale': '1.25' });
    g.sessionStorage = fakeStorage({ 'kiosk-host-token': 'abc', lastName: 'Đức' });
    const calls: unknown[] = [];
    const api = { system: { endVisit: (input: unknown) => Promise.resolve(calls.push(input)) } } as unknown as Parameters<
      typeof wipeCitizen
    >[0];

    expect(dumpRegisteredStores()).toMatchObject({ test: { data: 'Trần Văn Đức' } });
    await wipeCitizen(api, 'timeout');

    expect(data).toBeNull();
    expect(dumpRegisteredStores()).toMatchObject({ test: { data: null } });
    expect(g.localStorage.getItem('draft')).toBeNull();
    expect(g.localStorage.getItem('kiosk-display-scale')).toBe('1.25');
    expect(g.sessionStorage.getItem('lastName')).toBeNull();
    expect(g.sessionStorage.getItem('kiosk-host-token')).toBe('abc');
    expect(calls).toEqual([{ reason: 'timeout' }]);
    off();
    offBroken();
    expect(dumpRegisteredStores()).not.toHaveProperty('test');
  });

  it('keeps only the kiosk’s own keys', () => {
    expect(isKeptStorageKey('kiosk-host-token')).toBe(true);
    expect(isKeptStorageKey('kiosk-locale')).toBe(true);
    expect(isKeptStorageKey('officer-counter')).toBe(true);
    expect(isKeptStorageKey('lookup-draft')).toBe(false);
  });
});
