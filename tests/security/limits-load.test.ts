/**
 * Issue #14 "Limits that hold", as the attacks, against a real started host on loopback. Every loop is bounded in
 * count and in time (a few seconds each, the whole file well under 20 s of traffic) and prints the rate it reached.
 *
 * - Harvesting: one new WebSocket connection per lookup of a real person (before: 62,615 answered lookups a minute,
 *   because the limits were per connection and a lookup that finds someone was never counted).
 * - Password spraying by reconnecting: one connection per wrong password, a new account each time.
 * - Parallel guesses: 40 wrong passwords and then the right one, all sent at once on one connection (before: the
 *   lockout was read before the slow hash compare and written after it, so every guess was checked and the right one
 *   signed in), for a citizen account and for an officer.
 *
 * - A flood: 300 sign-ins at once from 10 connections while the page is fetched (before: argon2 filled libuv's thread
 *   pool, which also reads the static files, and a page load went from 0.1 s to 8 s).
 *
 * The assertions are counts (answers that carried data, password checks performed), never timings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PERSONS } from '../../main/data/demo-persons';
import { createSqlitePersonRepository } from '../../main/db/repositories/sqlite-person-repository';
import { TEST_PASSWORD_HASHING } from '../../main/services/accounts/password-hasher';
import { createOfficersService } from '../../main/services/officers/officers-service';
import { silentLogger } from '../../main/logging/logger';
import { STATION_LIMITS } from '../../main/services/rate-limit/station-limits';
import { PASSWORD_HASH_POOL } from '../../main/services/accounts/password-hash-pool';
import { connectClient, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

type Reply = Awaited<ReturnType<Awaited<ReturnType<typeof connectClient>>['call']>>;

const DEMO_ACCOUNT = { insuranceNumber: '0112345678', password: 'Kiosk2026' };
const OFFICER = { username: 'lan.nguyen', password: 'canbo-2026-quay1' };
const PHASE_MS = 3_000;
const PHASE_MAX_REQUESTS = 1_500;

/** argon2 compares performed so far: real checks and the dummy-hash checks made for unknown accounts. */
const checksDone = (t: TestHost): number => {
  const s = t.core.passwordHashing.stats();
  return s.verify + s.burn;
};
const perMinute = (n: number, ms: number): number => Math.round((n * 60_000) / Math.max(1, ms));
const codeOf = (r: Reply): string => (r.ok ? 'ok' : (r.error?.code ?? 'unknown'));
const tally = (replies: readonly Reply[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const r of replies) out[codeOf(r)] = (out[codeOf(r)] ?? 0) + 1;
  return out;
};

/** One connection per call, like a script that reconnects (or opens a new tab) before every request. */
async function reconnecting(t: TestHost, next: (i: number) => { channel: string; input: unknown } | null) {
  const replies: Reply[] = [];
  const started = Date.now();
  for (let i = 0; i < PHASE_MAX_REQUESTS && Date.now() - started < PHASE_MS; i++) {
    const call = next(i);
    if (call === null) break;
    const c = await connectClient(t.host);
    replies.push(await c.call(call.channel, call.input));
    const closed = new Promise((resolve) => c.ws.once('close', resolve));
    c.close();
    await closed;
  }
  return { replies, ms: Date.now() - started };
}

describe('harvesting mã số by reconnecting per lookup', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost(['--devices', 'none']);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('answers no more lookups than the station budget, however many connections ask, hits counted as well as misses', async () => {
    const people = [...createSqlitePersonRepository(t.core.db).scanSummaries()];
    expect(people.length).toBeGreaterThan(100);
    const { replies, ms } = await reconnecting(t, (i) => {
      const p = people[i % people.length];
      return p === undefined ? null : { channel: 'lookup:insuranceNumber', input: { fullName: p.fullName, dateOfBirth: p.dateOfBirth } };
    });
    const answered = replies.filter((r) => r.ok && (r.value as { status: string }).status !== 'none');
    const harvested = new Set(
      answered.flatMap((r) => (r.value as { matches: { insuranceNumber: string }[] }).matches.map((m) => m.insuranceNumber)),
    );
    console.log(
      `[limits] reconnect-per-lookup: ${replies.length} requests in ${ms} ms, ${answered.length} answered with a person ` +
        `(${perMinute(answered.length, ms)}/min), ${harvested.size} distinct mã số; replies ${JSON.stringify(tally(replies))}`,
    );
    const budget = STATION_LIMITS.lookup.station;
    // The bucket's burst plus what it refills during the loop (and one for rounding).
    const allowed = budget.capacity + Math.ceil(ms / budget.refillEveryMs) + 1;
    expect(answered.length).toBeLessThanOrEqual(allowed);
    expect(replies.filter((r) => codeOf(r) === 'rate-limited').length).toBeGreaterThan(0);
  }, 30_000);
});

describe('password guessing against a started host', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost(['--devices', 'none']);
    const officers = createOfficersService({
      db: t.core.db,
      clock: () => new Date(),
      random: (n) => new Uint8Array(n).map(() => Math.floor(Math.random() * 256)),
      logger: silentLogger,
      hashing: TEST_PASSWORD_HASHING,
    });
    await officers.createOfficer({
      username: OFFICER.username,
      displayName: 'Nguyễn Thị Lan',
      role: 'officer',
      password: OFFICER.password,
    });
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('citizen: 40 wrong passwords and the right one sent at once never sign in, and at most 5 are checked', async () => {
    const c = await connectClient(t.host);
    const checksBefore = checksDone(t);
    const guesses = Array.from({ length: 40 }, (_, i) => `SaiMatKhau${i}`);
    const started = Date.now();
    const replies = await Promise.all(
      [...guesses, DEMO_ACCOUNT.password].map((password) =>
        c.call('account:signIn', { insuranceNumber: DEMO_ACCOUNT.insuranceNumber, password }),
      ),
    );
    const ms = Date.now() - started;
    const checks = checksDone(t) - checksBefore;
    console.log(`[limits] citizen parallel guesses: 41 in ${ms} ms, ${checks} password checks; replies ${JSON.stringify(tally(replies))}`);
    expect(replies.filter((r) => r.ok)).toEqual([]);
    expect(replies.at(-1)).toMatchObject({ ok: false });
    expect(checks).toBeLessThanOrEqual(5);
    expect(replies.filter((r) => codeOf(r) === 'unauthorized').length).toBeLessThanOrEqual(5);
    c.close();
  }, 30_000);

  it('officer: 40 wrong passwords and the right one sent at once never sign in, and at most 5 are checked', async () => {
    const c = await connectClient(t.host);
    const checksBefore = checksDone(t);
    const guesses = Array.from({ length: 40 }, (_, i) => `sai-mat-khau-${i}`);
    const replies = await Promise.all(
      [...guesses, OFFICER.password].map((password) => c.call('officer:signIn', { username: OFFICER.username, password, counter: '1' })),
    );
    const checks = checksDone(t) - checksBefore;
    console.log(`[limits] officer parallel guesses: 41, ${checks} password checks; replies ${JSON.stringify(tally(replies))}`);
    expect(replies.filter((r) => r.ok)).toEqual([]);
    expect(checks).toBeLessThanOrEqual(5);
    c.close();
  }, 30_000);

  it('password spraying by reconnecting: no more checks than the station sign-in budget', async () => {
    const checksBefore = checksDone(t);
    const { replies, ms } = await reconnecting(t, (i) => ({
      channel: 'account:signIn',
      input: { insuranceNumber: String(2_000_000_000 + i), password: `SaiMatKhau${i}` },
    }));
    const checks = checksDone(t) - checksBefore;
    const attempted = replies.filter((r) => codeOf(r) === 'unauthorized' || codeOf(r) === 'locked-out').length;
    console.log(
      `[limits] reconnect-per-sign-in: ${replies.length} requests in ${ms} ms, ${attempted} password attempts answered ` +
        `(${perMinute(attempted, ms)}/min), ${checks} checks; replies ${JSON.stringify(tally(replies))}`,
    );
    const budget = STATION_LIMITS['sign-in'].station;
    // The citizen parallel test above already spent up to its share of this station's budget.
    expect(checks).toBeLessThanOrEqual(budget.capacity + Math.ceil(ms / budget.refillEveryMs) + 1);
    expect(replies.filter((r) => codeOf(r) === 'rate-limited').length).toBeGreaterThan(0);
  }, 30_000);
});

describe('a flood of sign-ins while a screen loads its page', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost(['--devices', 'none']);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('never runs more argon2 at once than the pool allows, and checks no more than the station budget', async () => {
    const clients = await Promise.all(Array.from({ length: 10 }, () => connectClient(t.host)));
    const before = checksDone(t);
    const flood = clients.flatMap((c, ci) =>
      Array.from({ length: 30 }, (_, i) =>
        c.call('account:signIn', {
          // Real accounts: each guess is a real argon2 verify (an unknown number would wait on one dummy hash first).
          insuranceNumber: DEMO_PERSONS[(ci * 30 + i) % DEMO_PERSONS.length]?.insuranceNumber ?? '',
          password: `SaiMatKhau${i}`,
        }),
      ),
    );
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      const res = await fetch(`http://127.0.0.1:${t.host.port}/`);
      await res.text();
      loads.push(Date.now() - started);
    }
    const replies = await Promise.all(flood);
    const stats = t.core.passwordHashing.stats();
    console.log(
      `[limits] flood: 300 sign-ins at once, ${checksDone(t) - before} checks, peak ${stats.peakRunning} argon2 at once; ` +
        `page loads during it ${loads.join(', ')} ms; replies ${JSON.stringify(tally(replies))}`,
    );
    expect(stats.peakRunning).toBeLessThanOrEqual(PASSWORD_HASH_POOL.maxConcurrent);
    expect(checksDone(t) - before).toBeLessThanOrEqual(STATION_LIMITS['sign-in'].station.capacity + 1);
    for (const c of clients) c.close();
  }, 60_000);
});
