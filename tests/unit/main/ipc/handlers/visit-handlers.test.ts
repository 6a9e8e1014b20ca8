import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../main/db/open-database';
import type { Database } from '../../../../../main/db/open-database';
import { silentLogger } from '../../../../../main/logging/logger';
import { createVisitEndHooks } from '../../../../../main/core/visit-end-hooks';
import { createDispatcher } from '../../../../../main/ipc/dispatcher';
import type { CallContext, HandlerMap } from '../../../../../main/ipc/dispatcher';
import { visitHandlers } from '../../../../../main/ipc/handlers/visit-handlers';

const A: CallContext = { clientId: 'client-a', transport: 'browser-host' };

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

function setup(devChannels: boolean) {
  const ended: string[] = [];
  const hookRuns: string[] = [];
  const table = new Map<string, { insuranceNumber: string }>([['client-a', { insuranceNumber: '0123456789' }]]);
  const visits = {
    signOut: (clientId: string) => {
      ended.push(clientId);
      table.delete(clientId);
    },
    debugSnapshot: () => ({ sessions: [...table.values()], pending: [] }),
  };
  const hooks = createVisitEndHooks(silentLogger);
  hooks.register('test', (clientId) => {
    hookRuns.push(clientId);
  });
  const handlers = visitHandlers({ visits, hooks, db, logger: silentLogger, devChannels }) as unknown as HandlerMap;
  return { d: createDispatcher({ handlers, logger: silentLogger }), ended, hookRuns };
}

describe('system:endVisit', () => {
  it("ends only the calling client's visit and runs the visit-end hooks for it", async () => {
    const { d, ended, hookRuns } = setup(false);
    expect(await d.dispatch('system:endVisit', { reason: 'timeout' }, A)).toEqual({ ok: true, value: { ended: true } });
    expect(ended).toEqual(['client-a']);
    expect(hookRuns).toEqual(['client-a']);
  });

  it('rejects an unknown reason', async () => {
    const { d } = setup(false);
    expect(await d.dispatch('system:endVisit', { reason: 'because' }, A)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('dev:citizenSessions', () => {
  it('is forbidden unless devices are emulated', async () => {
    const { d } = setup(false);
    expect(await d.dispatch('dev:citizenSessions', {}, A)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('reports what the host holds, before and after the visit ends', async () => {
    const { d } = setup(true);
    const before = await d.dispatch('dev:citizenSessions', {}, A);
    expect(before).toMatchObject({ ok: true, value: { sessions: 1, pendingSignIns: 0, openOtps: 0 } });
    expect(before.ok && (before.value as { table: string }).table).toContain('0123456789');
    await d.dispatch('system:endVisit', { reason: 'sign-out' }, A);
    const after = await d.dispatch('dev:citizenSessions', {}, A);
    expect(after).toMatchObject({ ok: true, value: { sessions: 0 } });
    expect(after.ok && (after.value as { table: string }).table).not.toContain('0123456789');
  });
});
