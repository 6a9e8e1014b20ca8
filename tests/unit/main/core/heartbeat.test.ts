import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/db/open-database';
import { SCREEN_NAMES, screenNameSchema } from '../../../../preload/contract/channels/system';
import { createScreenTracker } from '../../../../main/core/heartbeat';
import { startHeartbeatRecorder } from '../../../../main/core/heartbeat-recorder';

describe('screen names (issue #14)', () => {
  it('the contract takes every listed name and refuses anything else', () => {
    for (const name of SCREEN_NAMES) expect(screenNameSchema.safeParse(name).success).toBe(true);
    for (const bad of ['Nguyễn Văn An', '001090012345', 'HOME', 'home ', '', 'records/../x']) {
      expect(screenNameSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('the tracker keeps an unlisted name as "other", so the heartbeat table never holds free text', () => {
    const db = openDatabase(':memory:');
    const t = new Date('2026-11-25T08:00:00Z');
    const screens = createScreenTracker(() => t);
    screens.report('client-aaaaaaaa-1', 'Nguyễn Văn An 001090012345');
    screens.report('client-bbbbbbbb-2', 'profile');
    expect(screens.snapshot().map((s) => s.screen)).toEqual(['other', 'profile']);
    const rec = startHeartbeatRecorder({ db, screens, devices: () => ({}), now: () => t, intervalMs: 3_600_000 });
    const stored = (db.prepare('SELECT screens FROM heartbeats').all() as { screens: string }[]).map((r) => r.screens).join('\n');
    expect(stored).not.toContain('Nguy');
    expect(stored).toContain('"other"');
    rec.stop();
    db.close();
  });
});
