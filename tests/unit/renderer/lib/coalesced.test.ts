import { describe, expect, it } from 'vitest';
import { coalesced } from '../../../../renderer/lib/coalesced';

describe('coalesced refresh', () => {
  it('a burst during a round runs exactly one more round, and a stop ends it', async () => {
    let rounds = 0;
    let release: () => void = () => undefined;
    const refresh = coalesced(async () => {
      rounds++;
      if (rounds === 1) await new Promise<void>((r) => (release = r));
    });
    const first = refresh();
    const burst = [refresh(), refresh(), refresh(), refresh()];
    await Promise.all(burst);
    expect(rounds).toBe(1);
    release();
    await first;
    expect(rounds).toBe(2);
    await refresh();
    expect(rounds).toBe(3);

    let stopped = 0;
    const stopping = coalesced(async () => {
      stopped++;
      return false;
    });
    const a = stopping();
    void stopping();
    await a;
    expect(stopped).toBe(1);
  });
});
