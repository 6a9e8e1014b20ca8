/**
 * The counter's rating screen state (issue #18): idle until the host has a finished ticket, the faces, reasons for the
 * unhappy ones, one send with the ticket's token only, and back to idle by itself (timers injected, no waiting).
 */
import { describe, expect, it } from 'vitest';
import type { KioskApi } from '../../preload/contract/kiosk-api';
import { ASK_MS, createRatingStore, THANKS_MS } from '../../renderer/state/rating-store';

const TOKEN = 'a'.repeat(32);

function fakeTimers() {
  const pending: { at: number; run: () => void }[] = [];
  let now = 0;
  return {
    timers: {
      setTimeout: ((run: () => void, ms: number) => pending.push({ at: now + ms, run })) as unknown as typeof setTimeout,
      clearTimeout: ((id: number) => void (pending[id - 1] = { at: Infinity, run: () => {} })) as unknown as typeof clearTimeout,
    },
    advance(ms: number) {
      now += ms;
      for (const p of pending) {
        if (p.at > now) continue;
        p.at = Infinity;
        p.run();
      }
    },
  };
}

function fakeApi(
  submitAnswer: { ok: true; value: { recorded: true } } | { ok: false; error: { code: string } } = { ok: true, value: { recorded: true } },
) {
  const sent: unknown[] = [];
  const api = {
    rating: {
      pending: () => Promise.resolve({ ok: true, value: { pending: { token: TOKEN, service: 'B', label: 'B007' } } }),
      submit: (input: unknown) => {
        sent.push(input);
        return Promise.resolve(submitAnswer);
      },
    },
  } as unknown as KioskApi;
  return { api, sent };
}

describe('the rating screen', () => {
  it('a happy face is sent at once, with the token only; thanks, then idle by itself', async () => {
    const { api, sent } = fakeApi();
    const clock = fakeTimers();
    const store = createRatingStore(api, 'vi', clock.timers);
    expect(store.getState().phase.name).toBe('idle');
    await store.getState().refresh();
    expect(store.getState().phase).toMatchObject({ name: 'ask', label: 'B007', service: 'B' });
    await store.getState().choose('very-satisfied');
    expect(sent).toEqual([{ token: TOKEN, level: 'very-satisfied', reasons: [] }]);
    expect(store.getState().phase.name).toBe('thanks');
    clock.advance(THANKS_MS);
    expect(store.getState().phase.name).toBe('idle');
  });

  it('an unhappy face offers the reasons, sent in the list’s order', async () => {
    const { api, sent } = fakeApi();
    const store = createRatingStore(api, 'vi', fakeTimers().timers);
    await store.getState().refresh();
    await store.getState().choose('dissatisfied');
    expect(store.getState().phase.name).toBe('reasons');
    store.getState().toggleReason('other');
    store.getState().toggleReason('long-wait');
    store.getState().toggleReason('complex-procedure');
    store.getState().toggleReason('complex-procedure');
    await store.getState().send();
    expect(sent).toEqual([{ token: TOKEN, level: 'dissatisfied', reasons: ['long-wait', 'other'] }]);
  });

  it('faces nobody touches go back to idle; an already rated visit just says thanks', async () => {
    const clock = fakeTimers();
    const idle = createRatingStore(fakeApi().api, 'vi', clock.timers);
    await idle.getState().refresh();
    clock.advance(ASK_MS);
    expect(idle.getState().phase.name).toBe('idle');

    const twice = createRatingStore(fakeApi({ ok: false, error: { code: 'conflict' } }).api, 'vi', fakeTimers().timers);
    await twice.getState().refresh();
    await twice.getState().choose('satisfied');
    expect(twice.getState().phase).toEqual({ name: 'thanks', notice: 'rating.err.already' });
  });
});
