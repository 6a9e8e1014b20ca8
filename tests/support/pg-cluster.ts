/**
 * A throwaway PostgreSQL cluster for tests (issue #13): initdb into a temporary folder owned by an unprivileged user
 * (PostgreSQL refuses to run as root; as root the folder goes to the `postgres` system user that Debian's package
 * creates), listening on loopback only, on a free port, with a Unix socket in its own folder. Trust authentication is
 * fine for it: nothing but this test process can reach 127.0.0.1 of this machine, and the cluster is deleted after.
 *
 * `findPostgresBin()` returns null when no PostgreSQL server is installed: the suites then say in one line that they
 * skipped the PostgreSQL part, except under CI (CI=true), where a missing server is a failure, never a skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PgCluster {
  /** postgres://… of the cluster's `kiosk` database. */
  readonly url: string;
  readonly port: number;
  /** A URL of another, new database in the same cluster (each suite or test may want its own). */
  createDatabase(name: string): string;
  /** Stops the server (fast shutdown) without deleting it: a restart test starts it again. */
  stop(): void;
  start(): void;
  /** Stops it and deletes its folder. */
  destroy(): void;
}

/** The folder of initdb/pg_ctl, newest major version first; null when PostgreSQL's server is not installed. */
export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const majors = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (majors[0] !== undefined) return path.join(root, majors[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const initdb = which.stdout.trim();
  return which.status === 0 && initdb !== '' ? path.dirname(initdb) : null;
}

/** Whether the PostgreSQL part must run (CI) or may be skipped with a note (a developer machine without it). */
export const postgresRequired = (): boolean => process.env.CI === 'true' || process.env.KIOSK_REQUIRE_POSTGRES === '1';

export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startPgCluster(bin: string): Promise<PgCluster> {
  const asRoot = process.getuid?.() === 0;
  const base = mkdtempSync(path.join(tmpdir(), 'kiosk-pg-'));
  chmodSync(base, 0o755);
  const data = path.join(base, 'data');
  const socket = path.join(base, 'socket');
  const run = (cmd: string, args: readonly string[]): void => {
    const full = path.join(bin, cmd);
    const r = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8' })
      : spawnSync(full, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  if (asRoot) execFileSync('install', ['-d', '-o', 'postgres', '-m', '700', data, socket]);
  run('initdb', ['-D', data, '-U', 'kiosk', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const options = [
    `-c listen_addresses=127.0.0.1`,
    `-c port=${port}`,
    `-c unix_socket_directories=${socket}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  const start = (): void => run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(data, 'server.log'), '-w', '-t', '60', 'start']);
  const stop = (): void => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  const psql = (sql: string): void => {
    execFileSync(
      path.join(bin, 'psql'),
      ['-h', '127.0.0.1', '-p', String(port), '-U', 'kiosk', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qc', sql],
      {
        stdio: 'pipe',
      },
    );
  };
  const urlOf = (db: string): string => `postgres://kiosk@127.0.0.1:${port}/${db}`;
  psql('CREATE DATABASE kiosk');
  let running = true;
  return {
    url: urlOf('kiosk'),
    port,
    createDatabase(name) {
      if (!/^[a-z][a-z0-9_]{0,40}$/.test(name)) throw new Error(`bad database name ${name}`);
      psql(`CREATE DATABASE ${name}`);
      return urlOf(name);
    },
    stop() {
      if (running) stop();
      running = false;
    },
    start() {
      if (!running) start();
      running = true;
    },
    destroy() {
      try {
        if (running) stop();
      } finally {
        running = false;
        rmSync(base, { recursive: true, force: true });
      }
    },
  };
}
