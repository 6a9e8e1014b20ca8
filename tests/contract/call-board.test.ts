/**
 * The lobby call board (docs/call-board.md) through the real in-process host:
 * - its view and event schemas hold ticket labels, counters, times and counts, and nothing else;
 * - a display station serves the board and still refuses every channel that is not public information;
 * - changes another station's host writes in the shared SQLite file (issue, call, "Gọi lại", finish) reach the
 *   display's page as `board:changed`, and the view then shows them, without a name, code or check result anywhere;
 * - "Gọi lại" (officer:recall) recalls only the ticket called at the officer's own counter, and is audited without
 *   personal data.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invokeChannels } from '../../preload/contract/channels';
import type { InvokeName } from '../../preload/contract/channels';
import { boardChangedSchema, boardViewSchema } from '../../preload/contract/channels/board';
import type { BoardView } from '../../preload/contract/channels/board';
import { openDatabase } from '../../main/db/open-database';
import type { Database } from '../../main/db/open-database';
import { stationAllows } from '../../main/ipc/station-policy';
import { silentLogger } from '../../main/logging/logger';
import { readAudit } from '../../main/services/audit/audit-log';
import { createOfficersService } from '../../main/services/officers/officers-service';
import { createRegistrationImporter } from '../../main/services/registrations/import-registrations';
import { createKioskCheck } from '../../main/services/registrations/kiosk-check';
import { createQueueTickets } from '../../main/services/registrations/queue-tickets';
import { cccdOf, importLine, seedPlaces } from '../support/registration-test-kit';
import { cryptoRandom } from '../support/service-test-kit';
import { connectClient, nextEvent, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

/** Every key path a zod schema lets through (arrays as `[]`). */
function keyPaths(schema: z.ZodType, at = ''): string[] {
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([k, v]) => [`${at}${k}`, ...keyPaths(v, `${at}${k}.`)]);
  }
  if (schema instanceof z.ZodArray) return keyPaths(schema.element as z.ZodType, at.replace(/\.$/, '[].'));
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) return keyPaths(schema.unwrap() as z.ZodType, at);
  return [];
}

describe('the board carries numbers and counters only', () => {
  it('the view schema has exactly these fields, each object strict', () => {
    expect(keyPaths(boardViewSchema).sort()).toEqual(
      [
        'officeName',
        'serving',
        'serving[].label',
        'serving[].counter',
        'serving[].calledAt',
        'serving[].callout',
        'serving[].callout.text',
        'serving[].callout.clips',
        'recent',
        'recent[].label',
        'recent[].counter',
        'recent[].calledAt',
        'waiting',
        'waiting[].service',
        'waiting[].waiting',
        'repeat',
        'repeat.afterSeconds',
        'repeat.times',
      ].sort(),
    );
    const serving = { label: 'A015', counter: '2', calledAt: '2026-01-01T00:00:00Z', callout: { text: 'x', clips: ['chime'] } };
    const view = { officeName: 'X', serving: [serving], recent: [], waiting: [], repeat: { afterSeconds: 45, times: 2 } };
    expect(boardViewSchema.safeParse(view).success).toBe(true);
    // A name slipped into a call, or a registration code as a label, does not pass.
    expect(boardViewSchema.safeParse({ ...view, serving: [{ ...serving, fullName: 'Nguyễn Văn A' }] }).success).toBe(false);
    expect(boardViewSchema.safeParse({ ...view, serving: [{ ...serving, label: 'F01-ABCDEFGH-1' }] }).success).toBe(false);
    expect(
      boardViewSchema.safeParse({ ...view, recent: [{ label: 'A001', counter: '1', calledAt: 'x', registrationId: 3 }] }).success,
    ).toBe(false);
  });

  it('the event carries a reason and nothing else', () => {
    expect(keyPaths(boardChangedSchema)).toEqual(['reason']);
    expect(boardChangedSchema.safeParse({ reason: 'recalled', ticket: 1 }).success).toBe(false);
  });

  it('a display station serves the board and public information, and refuses every other channel', () => {
    const served = (Object.keys(invokeChannels) as InvokeName[]).filter((c) => stationAllows('display', c)).sort();
    expect(served).toEqual(
      [
        'board:view',
        'collectionPoints:search',
        'devices:status',
        'employers:search',
        'facilities:search',
        'lookup:provinces',
        'news:list',
        'offices:detail',
        'offices:search',
        'settings:get',
        'support:faq',
        'system:endVisit',
        'system:info',
        'system:ping',
        'system:reportError',
        'system:reportScreen',
      ].sort(),
    );
    expect(stationAllows('display', 'officer:recall')).toBe(false);
    expect(stationAllows('kiosk', 'officer:recall')).toBe(false);
    expect(stationAllows('counter', 'officer:recall')).toBe(true);
  });
});

const PERSON = { fullName: 'Trịnh Thị Mai Hương', idNumber: '001190012345' };

/** The strings of a person the board must never show. */
function personalStrings(db: Database): string[] {
  const regs = db.prepare('SELECT code, full_name AS name FROM registrations').all() as { code: string; name: string }[];
  const refs = db.prepare('SELECT ref FROM registration_checks').all() as { ref: string }[];
  return [...regs.flatMap((r) => [r.code, r.name]), ...refs.map((r) => r.ref), PERSON.idNumber, 'match', 'needs-officer'];
}

describe('a display station beside other stations on one data folder', () => {
  let display: TestHost;
  let other: Database;
  beforeAll(async () => {
    display = await startTestHost(['--station', 'display', '--devices', 'none']);
    // "The kiosk and the counter": another connection to the same file, as another station's host is.
    other = openDatabase(join(display.dataDir, 'kiosk.sqlite'));
    seedPlaces(other);
  });
  afterAll(async () => {
    other.close();
    await display.close();
  });

  it('sees each issue, call, recall and finish made elsewhere, as board:changed, and shows numbers only', async () => {
    const c = await connectClient(display.host);
    const view = async (): Promise<BoardView> => {
      const r = await c.call('board:view', {});
      expect(r.ok, JSON.stringify(r.error)).toBe(true);
      const v = r.value as BoardView;
      for (const s of personalStrings(other)) expect(JSON.stringify(v)).not.toContain(s);
      return v;
    };
    const changed = (): Promise<{ payload: unknown }> => nextEvent(c, 'board:changed');
    expect(await view()).toMatchObject({
      serving: [],
      recent: [],
      waiting: [
        { service: 'A', waiting: 0 },
        { service: 'B', waiting: 0 },
        { service: 'C', waiting: 0 },
        { service: 'D', waiting: 0 },
      ],
      repeat: { afterSeconds: 45, times: 2 },
    });

    const clock = (): Date => new Date();
    createRegistrationImporter({ db: other, clock, random: cryptoRandom, logger: silentLogger }).importLines(
      importLine({ fullName: PERSON.fullName, idNumber: PERSON.idNumber, createdAt: new Date(Date.now() - 3_600_000).toISOString() }),
    );
    const { id, code } = other.prepare('SELECT id, code FROM registrations').get() as { id: number; code: string };
    createKioskCheck({ db: other, clock, logger: silentLogger }).checkAgainstCccd(
      code,
      cccdOf({ fullName: PERSON.fullName, idNumber: PERSON.idNumber }),
    );
    const queue = createQueueTickets({ db: other, clock, logger: silentLogger });

    let next = changed();
    queue.confirmTicketPrinted(queue.reserveTicket(id, '1').id);
    expect((await next).payload).toEqual({ reason: 'other-station' });
    expect((await view()).waiting).toEqual([
      { service: 'A', waiting: 1 },
      { service: 'B', waiting: 0 },
      { service: 'C', waiting: 0 },
      { service: 'D', waiting: 0 },
    ]);

    next = changed();
    queue.callNext('1');
    await next;
    const called = await view();
    expect(called.waiting).toEqual([
      { service: 'A', waiting: 0 },
      { service: 'B', waiting: 0 },
      { service: 'C', waiting: 0 },
      { service: 'D', waiting: 0 },
    ]);
    expect(called.serving).toEqual([
      {
        label: 'A001',
        counter: '1',
        calledAt: expect.any(String),
        callout: {
          text: 'Mời công dân có số thứ tự a không trăm linh một đến quầy số một',
          clips: ['chime', 'moi-cong-dan', 'letter-a', 'khong', 'tram', 'linh', 'mot', 'den-quay-so', 'mot'],
        },
      },
    ]);

    // "Gọi lại" elsewhere: same ticket, a new call time, so the page announces it again.
    expect(() => queue.recallTicket('2')).toThrow(expect.objectContaining({ code: 'conflict', detail: { reason: 'nothing-called' } }));
    next = changed();
    queue.recallTicket('1');
    await next;
    const recalled = await view();
    expect(recalled.serving[0]?.label).toBe('A001');
    expect(recalled.serving[0]?.calledAt).not.toBe(called.serving[0]?.calledAt);

    next = changed();
    queue.finishTicketsOf(id);
    await next;
    expect(await view()).toMatchObject({ serving: [], recent: [{ label: 'A001', counter: '1' }] });
    c.close();
  });
});

describe('"Gọi lại" at a counter station', () => {
  const OFFICER = { username: 'hai.canbo', displayName: 'Đặng Văn Hải', role: 'officer' as const, password: 'quay2-Canbo-2026' };
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost(['--station', 'counter:1', '--devices', 'none']);
    const { db } = t.core;
    const clock = (): Date => new Date();
    await createOfficersService({ db, clock, random: cryptoRandom, logger: silentLogger, idleTimeoutMs: 60_000 }).createOfficer(OFFICER);
    seedPlaces(db);
    createRegistrationImporter({ db, clock, random: cryptoRandom, logger: silentLogger }).importLines(
      importLine({ fullName: PERSON.fullName, idNumber: PERSON.idNumber, createdAt: new Date(Date.now() - 3_600_000).toISOString() }),
    );
    const { id, code } = db.prepare('SELECT id, code FROM registrations').get() as { id: number; code: string };
    createKioskCheck({ db, clock, logger: silentLogger }).checkAgainstCccd(
      code,
      cccdOf({ fullName: PERSON.fullName, idNumber: PERSON.idNumber }),
    );
    const queue = createQueueTickets({ db, clock, logger: silentLogger });
    queue.confirmTicketPrinted(queue.reserveTicket(id, '1').id);
  });
  afterAll(async () => t.close());

  it('recalls only the ticket called at its own counter, tells the board, and audits it without personal data', async () => {
    const officer = await connectClient(t.host);
    const watcher = await connectClient(t.host);
    expect((await officer.call('officer:signIn', { username: OFFICER.username, password: OFFICER.password })).ok).toBe(true);
    // Nothing called yet at counter 1: nothing to recall.
    expect(await officer.call('officer:recall', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict', detail: { reason: 'nothing-called' } },
    });
    expect((await officer.call('officer:callNext', {})).ok).toBe(true);
    const told = nextEvent(watcher, 'board:changed', (p) => (p as { reason?: string }).reason === 'recalled');
    expect(await officer.call('officer:recall', {})).toMatchObject({
      ok: true,
      value: { entry: { number: 1, counter: '1', state: 'called' } },
    });
    expect((await told).payload).toEqual({ reason: 'recalled' });
    const entry = readAudit(t.core.db).find((e) => e.action === 'queue.ticket-recalled');
    expect(entry).toMatchObject({ actor: expect.stringMatching(/^officer:/), details: { ticketNumber: 1, counter: '1' } });
    for (const s of personalStrings(t.core.db)) expect(JSON.stringify(entry)).not.toContain(s);
    officer.close();
    watcher.close();
  });
});
