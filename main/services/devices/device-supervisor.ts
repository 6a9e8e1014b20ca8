/**
 * Keeps the device child process alive without ever letting it take the host down: restarts it
 * when it exits or stops answering pings (hang → SIGKILL → restart, with backoff), and fails every
 * pending command with a clear error so the print queue can retry. The child is reached through a
 * DeviceChannel: device-spawner.ts makes one from child_process.fork or Electron's utilityProcess.
 */
import { childMessageSchema, commandResultSchemas } from '../../../native/devices/device-protocol';
import type { ChildEvent, CommandResult, DeviceCommand, ParentMessage } from '../../../native/devices/device-protocol';
import type { Logger } from '../../logging/logger';

/** The seam between the supervisor and whatever runs the child (fork, utilityProcess, a test double). */
export interface DeviceChannel {
  /** The child's process id, where there is one (logged, so a stuck or orphaned driver can be found). */
  readonly pid?: number;
  send(message: ParentMessage): void;
  onMessage(cb: (raw: unknown) => void): void;
  onExit(cb: (code: number | null) => void): void;
  kill(): void;
}

export type SpawnDeviceChannel = () => DeviceChannel;

export class DeviceUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeviceUnavailableError';
  }
}

export interface DeviceSupervisorOptions {
  readonly spawn: SpawnDeviceChannel;
  readonly logger: Logger;
  readonly onEvent: (event: ChildEvent) => void;
  /** Called after every (re)start, e.g. to re-announce "absent" until the child reports. */
  readonly onRestart?: (count: number) => void;
  readonly pingIntervalMs?: number;
  readonly pingTimeoutMs?: number;
  /** Grace before the first 'ready': a cold child (tsx compiling, a loaded machine) may take seconds to boot. */
  readonly startupTimeoutMs?: number;
  readonly commandTimeoutMs?: number;
  readonly restartDelayMs?: number;
}

export interface DeviceSupervisor {
  request<T extends DeviceCommand['type']>(command: Extract<DeviceCommand, { type: T }>): Promise<CommandResult<T>>;
  restarts(): number;
  close(): Promise<void>;
}

interface Pending {
  readonly type: DeviceCommand['type'];
  readonly resolve: (v: unknown) => void;
  readonly reject: (e: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export function createDeviceSupervisor(options: DeviceSupervisorOptions): DeviceSupervisor {
  const { logger } = options;
  const pingIntervalMs = options.pingIntervalMs ?? 2000;
  const pingTimeoutMs = options.pingTimeoutMs ?? 10_000;
  const startupTimeoutMs = options.startupTimeoutMs ?? 30_000;
  const commandTimeoutMs = options.commandTimeoutMs ?? 30_000;
  const baseDelay = options.restartDelayMs ?? 250;
  let nextId = 1;
  let channel: DeviceChannel | null = null;
  let closing = false;
  let restarts = 0;
  let quickFailures = 0;
  let lastPongAt = Date.now();
  let startedAt = Date.now();
  let ready = false;
  const pending = new Map<number, Pending>();

  const failAll = (why: string): void => {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      pending.delete(id);
      p.reject(new DeviceUnavailableError(why));
    }
  };

  const start = (): void => {
    const ch = options.spawn();
    channel = ch;
    logger.info('devices.child-started', { pid: ch.pid ?? null });
    startedAt = Date.now();
    lastPongAt = Date.now();
    ready = false;
    ch.onMessage((raw) => {
      if (channel !== ch) return;
      const parsed = childMessageSchema.safeParse(raw);
      if (!parsed.success) return logger.warn('devices.bad-message', {});
      const m = parsed.data;
      switch (m.kind) {
        case 'pong':
        case 'ready':
          ready = true;
          lastPongAt = Date.now();
          return;
        case 'event':
          return options.onEvent(m.event);
        case 'reply': {
          const p = pending.get(m.id);
          if (!p) return;
          pending.delete(m.id);
          clearTimeout(p.timer);
          if (m.error !== undefined) return p.reject(new Error(m.error));
          const v = commandResultSchemas[p.type].safeParse(m.value);
          return v.success ? p.resolve(v.data) : p.reject(new Error(`malformed reply to ${p.type}`));
        }
        default: {
          const never: never = m;
          return logger.warn('devices.unknown-message', { kind: String(never) });
        }
      }
    });
    ch.onExit((code) => {
      if (channel !== ch) return;
      channel = null;
      failAll('device process stopped; the command will be retried');
      if (closing) return;
      restarts++;
      // Crash loops back off (up to 10 s) instead of spinning the CPU.
      quickFailures = Date.now() - startedAt < 5000 ? quickFailures + 1 : 0;
      const delay = Math.min(baseDelay * 2 ** quickFailures, 10_000);
      logger.warn('devices.child-exited', { code: code ?? -1, restartInMs: delay });
      setTimeout(() => {
        if (!closing) {
          start();
          options.onRestart?.(restarts);
        }
      }, delay).unref();
    });
  };

  const pinger = setInterval(() => {
    const ch = channel;
    if (!ch) return;
    if (Date.now() - lastPongAt > (ready ? pingTimeoutMs : Math.max(pingTimeoutMs, startupTimeoutMs))) {
      logger.warn('devices.child-hung', {});
      ch.kill();
      return;
    }
    ch.send({ kind: 'ping', id: nextId++ });
  }, pingIntervalMs);
  pinger.unref();
  start();

  return {
    request(command) {
      const ch = channel;
      if (!ch) return Promise.reject(new DeviceUnavailableError('device process is restarting'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new DeviceUnavailableError(`device command ${command.type} timed out`));
        }, commandTimeoutMs);
        timer.unref();
        pending.set(id, { type: command.type, resolve: resolve as (v: unknown) => void, reject, timer });
        ch.send({ kind: 'command', id, command });
      });
    },
    restarts: () => restarts,
    async close() {
      closing = true;
      clearInterval(pinger);
      failAll('device process closed');
      const ch = channel;
      if (ch) {
        const exited = new Promise<void>((r) => ch.onExit(() => r()));
        ch.kill();
        await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
      }
    },
  };
}
