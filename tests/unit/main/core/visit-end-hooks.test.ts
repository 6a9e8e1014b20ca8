import { describe, expect, it } from 'vitest';
import { createVisitEndHooks } from '../../../../main/core/visit-end-hooks';

describe('visit-end hooks', () => {
  it('runs every hook for the client, even when one fails, and logs the failure without details', async () => {
    const errors: unknown[] = [];
    const hooks = createVisitEndHooks({ error: (event, fields) => errors.push({ event, fields }) });
    const seen: string[] = [];
    hooks.register('a', (id) => {
      seen.push(`a:${id}`);
    });
    hooks.register('broken', () => {
      throw new TypeError('Nguyễn Văn A 079085004321');
    });
    hooks.register('async', async (id) => {
      await Promise.resolve();
      seen.push(`async:${id}`);
    });
    await hooks.run('client-1');
    expect(seen.sort()).toEqual(['a:client-1', 'async:client-1']);
    expect(errors).toEqual([{ event: 'visit.end-hook-failed', fields: { hook: 'broken', error: 'TypeError' } }]);
  });

  it('a hook can be removed again', async () => {
    const hooks = createVisitEndHooks({ error: () => {} });
    let calls = 0;
    const off = hooks.register('x', () => {
      calls++;
    });
    expect(hooks.size()).toBe(1);
    off();
    await hooks.run('c');
    expect(calls).toBe(0);
    expect(hooks.size()).toBe(0);
  });
});
