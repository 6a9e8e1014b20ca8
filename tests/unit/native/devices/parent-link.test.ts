import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { deviceProcessArgs, deviceProcessArgv } from '../../../../native/devices/device-process-args';
import { parentLink } from '../../../../native/devices/parent-link';
import type { ParentPortLike, ProcessLike } from '../../../../native/devices/parent-link';

class FakePort extends EventEmitter implements ParentPortLike {
  readonly posted: unknown[] = [];
  postMessage(m: unknown): void {
    this.posted.push(m);
  }
}

function fakeNodeProcess(connected: boolean) {
  const p = Object.assign(new EventEmitter(), {
    connected,
    sent: [] as unknown[],
    send(m: unknown) {
      p.sent.push(m);
      return true;
    },
  });
  return p;
}

describe('parent link', () => {
  it('inside an Electron utility process it uses process.parentPort, unwrapping message events', () => {
    const port = new FakePort();
    const link = parentLink({ parentPort: port, on: () => undefined, once: () => undefined } as ProcessLike);
    expect(link.kind).toBe('utility-process');
    const got: unknown[] = [];
    link.onMessage((m) => got.push(m));
    port.emit('message', { data: { kind: 'ping', id: 3 } });
    expect(got).toEqual([{ kind: 'ping', id: 3 }]);
    link.send({ kind: 'pong', id: 3 });
    expect(port.posted).toEqual([{ kind: 'pong', id: 3 }]);

    let gone = 0;
    link.onParentGone(() => gone++);
    port.emit('close');
    expect(gone).toBe(1);
    expect(link.connected()).toBe(false);
    link.send({ kind: 'pong', id: 4 });
    expect(port.posted).toHaveLength(1);
  });

  it('forked by Node it uses the IPC channel, and a parent already gone is reported at once', () => {
    const alive = fakeNodeProcess(true);
    const link = parentLink(alive as unknown as ProcessLike);
    expect(link.kind).toBe('node-ipc');
    link.send({ kind: 'ready' });
    expect(alive.sent).toEqual([{ kind: 'ready' }]);
    let gone = 0;
    link.onParentGone(() => gone++);
    expect(gone).toBe(0);
    alive.emit('disconnect');
    expect(gone).toBe(1);

    const orphan = fakeNodeProcess(false);
    let orphanGone = 0;
    parentLink(orphan as unknown as ProcessLike).onParentGone(() => orphanGone++);
    expect(orphanGone).toBe(1);
  });
});

describe('device process arguments', () => {
  it('are found by name wherever the runtime puts them', () => {
    const argv = deviceProcessArgv('hardware', '/var/lib/kiosk data');
    expect(deviceProcessArgs(['/usr/bin/node', '/app/device-process.js', ...argv])).toEqual({
      mode: 'hardware',
      dataDir: '/var/lib/kiosk data',
    });
    expect(deviceProcessArgs(['/opt/kiosk/bhxh-kiosk', ...argv, '--type=utility'])).toEqual({
      mode: 'hardware',
      dataDir: '/var/lib/kiosk data',
    });
    expect(deviceProcessArgs(['node', 'x.js'])).toEqual({ mode: 'emulated', dataDir: null });
  });
});
