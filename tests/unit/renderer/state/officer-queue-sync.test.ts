import { describe, expect, it } from 'vitest';
import type { QueueEntryView } from '../../../../preload/contract/channels/officer';
import type { KioskApi } from '../../../../preload/contract/kiosk-api';
import type { Result } from '../../../../preload/contract/result';
import { syncOfficerQueue } from '../../../../renderer/state/officer-queue-sync';
import { createOfficerStore } from '../../../../renderer/state/officer-store';

const entry = (number: number): QueueEntryView => ({
  ticketId: number,
  service: 'A',
  label: `A${String(number).padStart(3, '0')}`,
  number,
  day: '2026-11-26',
  counter: '1',
  state: 'issued',
  registrationId: number,
  registrationCode: `TK-${String(number)}`,
  fullName: null,
  checkOverall: 'match',
  createdAt: '2026-11-26T03:00:00.000Z',
  calledAt: null,
});

/** One pending promise per queue call, answered by the test, so "a fetch is running" is a state the test controls. */
function fakeConsole() {
  const queueCalls: { input: unknown; answer: (r: Result<{ entries: QueueEntryView[] }>) => void }[] = [];
  const changed = new Set<() => void>();
  const reconnected = new Set<() => void>();
  const api = {
    officer: {
      signIn: () =>
        Promise.resolve({ ok: true, value: { username: 'lan', displayName: 'Lan', role: 'officer', counter: '1', idleTimeoutMs: 0 } }),
      queue: (input: unknown) => new Promise((resolve) => queueCalls.push({ input, answer: resolve })),
      registration: () => Promise.resolve({ ok: true, value: { registrationId: 1 } }),
      counterServices: () => Promise.resolve({ ok: true, value: { counters: [] } }),
    },
  } as unknown as KioskApi;
  const store = createOfficerStore(api);
  const stop = syncOfficerQueue(store, {
    onQueueChanged: (l) => (changed.add(l), () => changed.delete(l)),
    onReconnected: (l) => (reconnected.add(l), () => reconnected.delete(l)),
  });
  const push = (): void => changed.forEach((l) => l());
  /** Flushes pending promise callbacks (the store's awaits after an answer); a zero-delay task, not a timed wait. */
  const settle = () => new Promise<void>((r) => setTimeout(r, 0));
  const answer = async (i: number, entries: QueueEntryView[]) => {
    queueCalls[i]?.answer({ ok: true, value: { entries } });
    await settle();
  };
  const signIn = async () => {
    const signingIn = store.getState().signIn({ username: 'lan', password: 'x', counter: '1' });
    await settle();
    await answer(0, []); // sign-in fetches the queue once by itself
    await signingIn;
  };
  return { store, stop, push, reconnect: () => reconnected.forEach((l) => l()), queueCalls, answer, signIn, settle };
}

describe('the counter queue follows pushed changes', () => {
  it('ignores changes until an officer is signed in', () => {
    const c = fakeConsole();
    c.push();
    c.reconnect();
    expect(c.queueCalls).toHaveLength(0);
  });

  it('refetches on a change, as a background refresh that is not the officer’s activity', async () => {
    const c = fakeConsole();
    await c.signIn();
    expect(c.queueCalls).toHaveLength(1);
    c.push();
    expect(c.queueCalls).toHaveLength(2);
    expect(c.queueCalls[1]?.input).toEqual({ poll: true });
    await c.answer(1, [entry(7)]);
    expect(c.store.getState().queue.map((e) => e.number)).toEqual([7]);
  });

  it('coalesces a burst: one fetch running, one after it, none more', async () => {
    const c = fakeConsole();
    await c.signIn();
    c.push();
    c.push();
    c.push();
    expect(c.queueCalls).toHaveLength(2);
    await c.answer(1, [entry(1)]);
    expect(c.queueCalls).toHaveLength(3);
    await c.answer(2, [entry(1), entry(2)]);
    expect(c.queueCalls).toHaveLength(3);
    expect(c.store.getState().queue).toHaveLength(2);
  });

  it('does not fetch for a change while a form is open (going back fetches), but a reconnect does', async () => {
    const c = fakeConsole();
    await c.signIn();
    void c.store.getState().open(1);
    c.push();
    expect(c.queueCalls).toHaveLength(1);
    c.reconnect();
    expect(c.queueCalls).toHaveLength(2);
    // The host ended the old connection's session: the console goes back to sign-in and says so.
    c.queueCalls[1]?.answer({ ok: false, error: { code: 'unauthorized', message: 'not signed in' } });
    await c.settle();
    expect(c.store.getState().view).toEqual({ name: 'signIn' });
    expect(c.store.getState().message?.key).toBe('officer.err.notSignedIn');
  });

  it('stops listening when unsubscribed', async () => {
    const c = fakeConsole();
    await c.signIn();
    c.stop();
    c.push();
    c.reconnect();
    expect(c.queueCalls).toHaveLength(1);
  });
});
