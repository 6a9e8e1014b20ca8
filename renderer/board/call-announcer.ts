/**
 * Decides what the call board says and when (docs/call-board.md), from the board views the host sends:
 * - a call is announced once when it appears: a ticket newly called at a counter, or the same ticket with a new call
 *   time ("Gọi lại" at the counter);
 * - it is repeated `repeat.afterSeconds` after it was said, at most `repeat.times` times, only while that ticket is
 *   still the one called at that counter (a new call, a finish or a return there cancels the repeat);
 * - announcements never overlap: they are said one after the other, in the order they arrived.
 * What is on the board when the page starts is not announced: a TV switched on mid-morning does not call everyone
 * being served again.
 */
import type { BoardServing, BoardView } from '../../preload/contract/channels/board';

export interface Announcement {
  readonly key: string;
  readonly label: string;
  readonly counter: string;
  readonly text: string;
  readonly clips: readonly string[];
  readonly kind: 'call' | 'repeat';
}

export interface AnnouncerDeps {
  /** Says it (and shows it); resolves when it has been said. */
  readonly say: (a: Announcement) => Promise<void>;
  readonly setTimer: (run: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
}

export interface CallAnnouncer {
  update(view: BoardView): void;
  stop(): void;
}

const keyOf = (s: Pick<BoardServing, 'counter' | 'label' | 'calledAt'>): string => `${s.counter}|${s.label}|${s.calledAt}`;

export function createCallAnnouncer(deps: AnnouncerDeps): CallAnnouncer {
  /** The calls already announced (or on the board at start): only those still on the board, so it never grows. */
  let seen = new Set<string>();
  const repeatsLeft = new Map<string, number>();
  const timers = new Map<string, unknown>();
  let current = new Map<string, BoardServing>();
  let repeat: BoardView['repeat'] = { afterSeconds: 0, times: 0 };
  let started = false;
  let stopped = false;
  const queue: Announcement[] = [];
  let speaking = false;

  const announcementOf = (s: BoardServing, kind: Announcement['kind']): Announcement => ({
    key: keyOf(s),
    label: s.label,
    counter: s.counter,
    text: s.callout.text,
    clips: s.callout.clips,
    kind,
  });

  const scheduleRepeat = (key: string): void => {
    const left = repeatsLeft.get(key) ?? 0;
    if (stopped || left <= 0 || repeat.afterSeconds <= 0 || !current.has(key) || timers.has(key)) return;
    timers.set(
      key,
      deps.setTimer(() => {
        timers.delete(key);
        const s = current.get(key);
        if (s === undefined || stopped) return;
        repeatsLeft.set(key, left - 1);
        enqueue(announcementOf(s, 'repeat'));
      }, repeat.afterSeconds * 1000),
    );
  };

  const drain = async (): Promise<void> => {
    if (speaking) return;
    speaking = true;
    try {
      for (let a = queue.shift(); a !== undefined && !stopped; a = queue.shift()) {
        // A call superseded while it waited its turn (the counter called the next one) is not said any more.
        if (!current.has(a.key)) continue;
        await deps.say(a);
        scheduleRepeat(a.key);
      }
    } finally {
      speaking = false;
    }
  };

  const enqueue = (a: Announcement): void => {
    queue.push(a);
    void drain();
  };

  return {
    update(view) {
      repeat = view.repeat;
      current = new Map(view.serving.map((s) => [keyOf(s), s]));
      for (const [key, handle] of timers) {
        if (current.has(key)) continue;
        deps.clearTimer(handle);
        timers.delete(key);
      }
      for (const key of [...repeatsLeft.keys()]) if (!current.has(key)) repeatsLeft.delete(key);
      for (const [key, s] of current) {
        if (seen.has(key) || !started) continue;
        repeatsLeft.set(key, view.repeat.times);
        enqueue(announcementOf(s, 'call'));
      }
      seen = new Set(current.keys());
      started = true;
    },
    stop() {
      stopped = true;
      for (const handle of timers.values()) deps.clearTimer(handle);
      timers.clear();
      queue.length = 0;
    },
  };
}
