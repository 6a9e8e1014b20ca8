import { describe, expect, it } from 'vitest';
import type { KioskApi } from '../../../../preload/contract/kiosk-api';
import { createOfficerStore } from '../../../../renderer/state/officer-store';

const entry = (number: number, counter: string | null, state: 'issued' | 'called', service: 'A' | 'B' = 'A') => ({
  ticketId: number,
  service,
  label: `${service}${String(number).padStart(3, '0')}`,
  day: '2026-12-03',
  number,
  counter,
  registrationId: number,
  registrationCode: `TK-${number}`,
  fullName: 'Phạm Thị Hoa',
  checkOverall: 'match',
  state,
  createdAt: '2026-12-03T01:00:00.000Z',
  calledAt: null,
});

function fakeApi(queue: readonly ReturnType<typeof entry>[]) {
  return {
    officer: {
      signIn: () =>
        Promise.resolve({ ok: true, value: { username: 'tu', displayName: 'Tư', role: 'officer', counter: '2', idleTimeoutMs: 0 } }),
      queue: () => Promise.resolve({ ok: true, value: { entries: queue } }),
      callNext: () => Promise.resolve({ ok: true, value: { entry: null } }),
      // Issue #18: counter 2 serves Form 01 (A) only.
      counterServices: () => Promise.resolve({ ok: true, value: { counters: [{ counter: '2', services: ['A'] }] } }),
    },
  } as unknown as KioskApi;
}

describe('"call next" at a counter nobody waits for (issue #17: only counter 1 could call, and counter 2 said nothing more)', () => {
  it('says how many wait and at which counters', async () => {
    const store = createOfficerStore(
      fakeApi([entry(1, '1', 'called'), entry(2, '1', 'issued'), entry(3, '3', 'issued'), entry(4, '1', 'issued')]),
    );
    await store.getState().signIn({ username: 'tu', password: 'x', counter: '2' });
    await store.getState().callNext();
    expect(store.getState().message).toEqual({ key: 'officer.queue.waitingElsewhere', params: { counter: '2', n: 3, others: '1, 3' } });
  });

  it('says how many wait for services this counter does not serve (issue #18)', async () => {
    const store = createOfficerStore(fakeApi([entry(1, null, 'issued', 'B'), entry(2, null, 'issued', 'B'), entry(3, '1', 'issued')]));
    await store.getState().signIn({ username: 'tu', password: 'x', counter: '2' });
    await store.getState().callNext();
    expect(store.getState().message).toEqual({ key: 'officer.queue.notServedHere', params: { counter: '2', n: 2, services: 'B' } });
  });

  it('keeps the plain answer when nobody waits anywhere', async () => {
    const store = createOfficerStore(fakeApi([entry(1, '1', 'called')]));
    await store.getState().signIn({ username: 'tu', password: 'x', counter: '2' });
    await store.getState().callNext();
    expect(store.getState().message).toEqual({ key: 'officer.queue.nobodyForCounter', params: { counter: '2' } });
  });
});
