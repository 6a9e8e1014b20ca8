import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/logging/logger';
import { createDeviceSupervisor } from '../../../../../main/services/devices/device-supervisor';
import { deviceProcessEntry, deviceSpawner } from '../../../../../main/services/devices/device-spawner';
import type { DeviceChannel } from '../../../../../main/services/devices/device-supervisor';

describe('device supervisor', () => {
  it('restarts a crashed device process and keeps serving; the parent is never taken down', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devsup-'));
    const spawnReal = deviceSpawner({ mode: 'emulated', dataDir: dir, entry: deviceProcessEntry(import.meta.url) }).spawn;
    const channels: DeviceChannel[] = [];
    let restarted: () => void = () => {};
    const supervisor = createDeviceSupervisor({
      spawn: () => {
        const ch = spawnReal();
        channels.push(ch);
        return ch;
      },
      logger: silentLogger,
      onEvent: () => {},
      onRestart: (n) => {
        if (n > 0) restarted();
      },
      restartDelayMs: 50,
      commandTimeoutMs: 20_000,
    });
    try {
      const first = await supervisor.request({ type: 'status' });
      expect(first).toBeTruthy();
      const back = new Promise<void>((r) => (restarted = r));
      channels[0]?.kill(); // SIGKILL the driver process, as a crash would
      await back;
      expect(supervisor.restarts()).toBeGreaterThanOrEqual(1);
      expect(channels.length).toBeGreaterThanOrEqual(2);
      // The restarted driver answers again.
      const again = await supervisor.request({ type: 'status' });
      expect(again).toBeTruthy();
    } finally {
      await supervisor.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
