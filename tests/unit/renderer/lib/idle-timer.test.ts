import { beforeEach, describe, expect, it } from 'vitest';
import { createIdleTimer } from '../../../../renderer/lib/idle-timer';
import type { IdleClock, IdleTimer } from '../../../../renderer/lib/idle-timer';
import { IDLE_DEFAULTS, idleTimingFor } from '../../../../renderer/lib/idle-defaults';

/** A manual clock: advance() runs due callbacks in time order, as a real event loop would. */
class FakeClock implements IdleClock {
  t = 0;
  private seq = 0;
  private readonly tasks = new Map<number, { readonly at: number; readonly fn: () => void }>();
  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.tasks.set(id, { at: this.t + Math.max(0, ms), fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.tasks.delete(handle as number);
  }
  now(): number {
    return this.t;
  }
  get pending(): number {
    return this.tasks.size;
  }
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let next: [number, { readonly at: number; readonly fn: () => void }] | undefined;
      for (const e of this.tasks) if (e[1].at <= end && (next === undefined || e[1].at < next[1].at)) next = e;
      if (next === undefined) break;
      this.tasks.delete(next[0]);
      this.t = next[1].at;
      next[1].fn();
    }
    this.t = end;
  }
}

type Event = readonly [string, number?];

let clock: FakeClock;
let events: Event[];
const make = (timeoutMs: number, warningMs: number): IdleTimer =>
  createIdleTimer({
    timeoutMs,
    warningMs,
    clock,
    onWarning: (s) => events.push(['warning', s]),
    onTick: (s) => events.push(['tick', s]),
    onTimeout: () => events.push(['timeout']),
    onActive: () => events.push(['active']),
  });

beforeEach(() => {
  clock = new FakeClock();
  events = [];
});

describe('createIdleTimer', () => {
  it('warns, ticks every second, then times out exactly once', () => {
    const timer = make(90_000, 20_000);
    clock.advance(69_999);
    expect(events).toEqual([]);
    clock.advance(1);
    expect(events).toEqual([['warning', 20]]);
    clock.advance(1_000);
    expect(events.at(-1)).toEqual(['tick', 19]);
    clock.advance(18_999);
    expect(events.at(-1)).toEqual(['tick', 1]);
    expect(timer.state).toBe('warning');
    clock.advance(1);
    expect(events.at(-1)).toEqual(['timeout']);
    expect(events.filter((e) => e[0] === 'tick')).toHaveLength(19);
    expect(timer.state).toBe('timed-out');
    clock.advance(600_000);
    expect(events.filter((e) => e[0] === 'timeout')).toHaveLength(1);
    expect(clock.pending).toBe(0);
  });

  it('activity before the warning postpones everything silently', () => {
    const timer = make(10_000, 3_000);
    clock.advance(6_000);
    timer.activity();
    clock.advance(6_000);
    expect(events).toEqual([]);
    clock.advance(1_000);
    expect(events).toEqual([['warning', 3]]);
  });

  it('activity during the warning calls onActive and starts a full period', () => {
    const timer = make(10_000, 3_000);
    clock.advance(8_000);
    expect(events).toEqual([
      ['warning', 3],
      ['tick', 2],
    ]);
    timer.activity();
    expect(events.at(-1)).toEqual(['active']);
    expect(timer.state).toBe('counting');
    clock.advance(6_999);
    expect(events).toHaveLength(3);
    clock.advance(1);
    expect(events.at(-1)).toEqual(['warning', 3]);
  });

  it('pause stops counting and withdraws a warning; resume restarts from a full period', () => {
    const timer = make(10_000, 3_000);
    clock.advance(8_000);
    timer.pause();
    expect(events.at(-1)).toEqual(['active']);
    clock.advance(60_000);
    expect(events.some((e) => e[0] === 'timeout')).toBe(false);
    timer.activity();
    expect(timer.state).toBe('paused');
    timer.resume();
    clock.advance(9_999);
    expect(events.some((e) => e[0] === 'timeout')).toBe(false);
    clock.advance(1);
    expect(events.at(-1)).toEqual(['timeout']);
  });

  it('a timeout of 0 never fires, and configure switches periods', () => {
    const timer = make(0, 20_000);
    expect(timer.state).toBe('disabled');
    clock.advance(3_600_000);
    expect(events).toEqual([]);
    timer.configure({ timeoutMs: 5_000, warningMs: 2_000 });
    clock.advance(5_000);
    expect(events).toEqual([['warning', 2], ['tick', 1], ['timeout']]);
  });

  it('copes with a late wake-up by re-reading the clock', () => {
    const late: IdleClock = {
      setTimeout: (fn, ms) => clock.setTimeout(fn, ms + 2_500),
      clearTimeout: (h) => clock.clearTimeout(h),
      now: () => clock.now(),
    };
    createIdleTimer({
      timeoutMs: 10_000,
      warningMs: 5_000,
      clock: late,
      onWarning: (s) => events.push(['warning', s]),
      onTick: (s) => events.push(['tick', s]),
      onTimeout: () => events.push(['timeout']),
      onActive: () => events.push(['active']),
    });
    clock.advance(7_500);
    expect(events).toEqual([['warning', 3]]);
    clock.advance(20_000);
    expect(events.at(-1)).toEqual(['timeout']);
  });

  it('dispose cancels the pending wake-up and ignores later calls', () => {
    const timer = make(10_000, 3_000);
    timer.dispose();
    expect(clock.pending).toBe(0);
    timer.activity();
    timer.resume();
    clock.advance(60_000);
    expect(events).toEqual([]);
    expect(timer.state).toBe('disposed');
  });
});

describe('idle defaults', () => {
  it('match the agreed periods', () => {
    expect(idleTimingFor('home').timeoutMs).toBe(0);
    expect(IDLE_DEFAULTS.lookup).toEqual({ timeoutMs: 90_000, warningMs: 20_000 });
    expect(IDLE_DEFAULTS.records.timeoutMs).toBe(120_000);
    expect(IDLE_DEFAULTS.forms.timeoutMs).toBe(180_000);
  });
});
