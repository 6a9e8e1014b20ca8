import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/db/open-database';
import { createScreenTracker } from '../../../../main/core/heartbeat';
import { startHeartbeatRecorder } from '../../../../main/core/heartbeat-recorder';

describe('heartbeat recorder', () => {
  it('writes a heartbeat at start and on each beat, with screens and device states, and prunes old rows', () => {
    const db = openDatabase(':memory:');
    let t = new Date('2026-11-25T08:00:00Z');
    const screens = createScreenTracker(() => t);
    screens.report('client-aaaaaaaa-1', 'lookup');
    const rec = startHeartbeatRecorder({ db, screens, devices: () => ({ reader: 'ready' }), now: () => t, intervalMs: 3_600_000 });
    expect(rec.latest()).toMatchObject({ at: '2026-11-25T08:00:00.000Z', devices: { reader: 'ready' }, screens: [{ screen: 'lookup' }] });
    t = new Date('2026-12-05T08:00:00Z');
    screens.report('client-aaaaaaaa-1', 'home');
    rec.beat();
    expect(rec.latest()).toMatchObject({ at: '2026-12-05T08:00:00.000Z', screens: [{ screen: 'home' }] });
    // The first beat is older than 7 days: pruned.
    expect((db.prepare('SELECT COUNT(*) AS n FROM heartbeats').get() as { n: number }).n).toBe(1);
    rec.stop();
    db.close();
  });
});
