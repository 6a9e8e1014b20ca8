/** When the call board speaks (renderer/board/call-announcer.ts): new calls once, recalls again, repeats while current. */
import { describe, expect, it } from 'vitest';
import type { BoardServing, BoardView } from '../../preload/contract/channels/board';
import { createCallAnnouncer } from '../../renderer/board/call-announcer';
import type { Announcement } from '../../renderer/board/call-announcer';

const serving = (label: string, counter: string, calledAt: string): BoardServing => ({
  label,
  counter,
  calledAt,
  callout: { text: `${label}@${counter}`, clips: ['chime', label, counter] },
});
const view = (s: BoardServing[], afterSeconds = 45): BoardView => ({
  officeName: 'BHXH',
  serving: s,
  recent: [],
  waiting: [{ service: 'A', waiting: 0 }],
  repeat: { afterSeconds, times: afterSeconds === 0 ? 0 : 2 },
});

function harness() {
  const said: Announcement[] = [];
  const timers = new Map<number, { run: () => void; ms: number }>();
  let nextTimer = 1;
  const announcer = createCallAnnouncer({
    say: async (a) => {
      said.push(a);
    },
    setTimer: (run, ms) => {
      const id = nextTimer++;
      timers.set(id, { run, ms });
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
  });
  /** Lets the announcer's queue run (its `say` is async). */
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  const fire = async (): Promise<void> => {
    const all = [...timers.entries()];
    timers.clear();
    for (const [, t] of all) t.run();
    await settle();
  };
  return { said, timers, announcer, settle, fire };
}

describe('the call announcer', () => {
  it('does not announce what is already on the board when the page starts', async () => {
    const h = harness();
    h.announcer.update(view([serving('007', '1', 't0')]));
    await h.settle();
    expect(h.said).toEqual([]);
  });

  it('announces a new call once, a recall (new call time) again, and two counters one after the other', async () => {
    const h = harness();
    h.announcer.update(view([]));
    h.announcer.update(view([serving('001', '1', 't1')]));
    h.announcer.update(view([serving('001', '1', 't1')])); // a refetch for another reason: nothing new
    await h.settle();
    h.announcer.update(view([serving('001', '1', 't2'), serving('002', '2', 't3')]));
    await h.settle();
    expect(h.said.map((a) => [a.label, a.counter, a.kind])).toEqual([
      ['001', '1', 'call'],
      ['001', '1', 'call'],
      ['002', '2', 'call'],
    ]);
    expect(h.said[0]?.clips).toEqual(['chime', '001', '1']);
  });

  it('repeats after the configured time, at most twice, and only while the ticket is still called there', async () => {
    const h = harness();
    h.announcer.update(view([]));
    h.announcer.update(view([serving('003', '1', 't1')], 45));
    await h.settle();
    expect([...h.timers.values()].map((t) => t.ms)).toEqual([45_000]);
    await h.fire();
    await h.fire();
    await h.fire(); // no third repeat
    expect(h.said.map((a) => a.kind)).toEqual(['call', 'repeat', 'repeat']);
    expect(h.timers.size).toBe(0);

    // A new call at the counter cancels the pending repeat of the old one.
    h.announcer.update(view([serving('004', '1', 't2')], 45));
    await h.settle();
    expect(h.timers.size).toBe(1);
    h.announcer.update(view([], 45));
    expect(h.timers.size).toBe(0);
    await h.fire();
    expect(h.said.map((a) => a.label)).toEqual(['003', '003', '003', '004']);
  });

  it('never repeats when the repeat is off (--call-repeat-after 0)', async () => {
    const h = harness();
    h.announcer.update(view([], 0));
    h.announcer.update(view([serving('005', '3', 't1')], 0));
    await h.settle();
    expect(h.said).toHaveLength(1);
    expect(h.timers.size).toBe(0);
  });
});
