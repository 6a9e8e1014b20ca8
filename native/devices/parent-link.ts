/**
 * The device child's one link to its parent, whoever started it:
 * - the browser host (and the tests) start it with `child_process.fork`: Node's IPC channel (`process.send`);
 * - the packaged Electron kiosk starts it with `utilityProcess.fork`, because with the `runAsNode` fuse off
 *   (SECURITY.md) forking the Electron binary does not run Node at all: there the channel is `process.parentPort`.
 * The rest of the child never needs to know which.
 */

/** What Electron puts on `process.parentPort` inside a utility process (only the parts we use). */
export interface ParentPortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { readonly data: unknown }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** The parts of Node's `process` the link needs; a test passes a fake. */
export interface ProcessLike {
  readonly parentPort?: ParentPortLike | undefined;
  readonly connected?: boolean;
  send?: ((message: unknown) => boolean) | undefined;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  once(event: 'disconnect', listener: () => void): unknown;
}

export interface ParentLink {
  readonly kind: 'node-ipc' | 'utility-process';
  /** False once the parent is gone (Node IPC); a utility process is ended by Electron with its parent. */
  connected(): boolean;
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the parent goes away; called at once if it already has. */
  onParentGone(listener: () => void): void;
}

export function parentLink(proc: ProcessLike): ParentLink {
  const port = proc.parentPort;
  if (port) {
    let gone = false;
    const goneListeners: (() => void)[] = [];
    port.on('close', () => {
      if (gone) return;
      gone = true;
      for (const l of goneListeners) l();
    });
    return {
      kind: 'utility-process',
      connected: () => !gone,
      send: (m) => {
        if (!gone) port.postMessage(m);
      },
      onMessage: (l) => void port.on('message', (e) => l(e.data)),
      onParentGone: (l) => (gone ? l() : void goneListeners.push(l)),
    };
  }
  return {
    kind: 'node-ipc',
    connected: () => proc.connected === true,
    send: (m) => {
      if (proc.connected === true) proc.send?.(m);
    },
    onMessage: (l) => void proc.on('message', l),
    // Node emits 'disconnect' once: a parent that died while this process was still loading is caught by the check.
    onParentGone: (l) => {
      proc.once('disconnect', l);
      if (proc.connected !== true) l();
    },
  };
}
