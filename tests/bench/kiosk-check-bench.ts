/**
 * Kiosk check latency at service level: from the reader's decoded CCCD text to the outcome (parse the payload,
 * load and compare the registration, store the check), on a seeded population with many waiting registrations.
 * Registrations are built from seeded persons so the scanned cards are the same people as on the forms.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDatabase } from '../../main/data/seed-database';
import { openDatabase } from '../../main/db/open-database';
import { parseScannedCode } from '../../main/domain/codes';
import { generateRegistrationCode } from '../../main/domain/codes/registration-code';
import { silentLogger } from '../../main/logging/logger';
import { createKioskCheck } from '../../main/services/registrations/kiosk-check';
import type { BenchRow } from './run-bench';

export interface KioskCheckBenchResult {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly checks: number;
  /** Checks whose outcome was not a full match (should be 0: every card is the form's own person). */
  readonly unexpected: number;
}

interface PersonRow {
  readonly id_number: string;
  readonly full_name: string;
  readonly date_of_birth: string;
  readonly gender: 'male' | 'female';
  readonly province_code: string | null;
  readonly ward_code: string | null;
}

const cardDate = (iso: string): string => iso.split('-').reverse().join('');

export function benchKioskCheck(options: { persons: number; registrations: number; quick: boolean }): KioskCheckBenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-check-bench-'));
  const db = openDatabase(join(dir, 'bench.sqlite'));
  try {
    seedDatabase(db, { persons: options.persons, seed: 7, replace: true });
    const people = db
      .prepare(
        `SELECT id_number, full_name, date_of_birth, gender, province_code, ward_code FROM persons
         WHERE id_number IS NOT NULL AND length(date_of_birth) = 10 AND ward_code IS NOT NULL ORDER BY id LIMIT ?`,
      )
      .all(options.registrations) as PersonRow[];
    if (people.length === 0) throw new Error('kiosk check bench: no seeded person with a CCCD');
    const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
    const createdAt = new Date(Date.now() - 3_600_000).toISOString();
    const insert = db.prepare(
      `INSERT INTO registrations (code, full_name, id_number, date_of_birth, gender, province_code, ward_code, street, phone,
         office_code, source, created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'Số 1', '0912345678', 'BENCH', 'portal', ?, 'submitted')`,
    );
    const codes: string[] = [];
    db.transaction(() => {
      for (let i = 0; i < options.registrations; i++) {
        const p = people[i % people.length] as PersonRow;
        const code = generateRegistrationCode(random);
        insert.run(code, p.full_name, p.id_number, p.date_of_birth, p.gender, p.province_code, p.ward_code, createdAt);
        codes.push(code);
      }
    })();
    const check = createKioskCheck({ db, clock: () => new Date(), logger: silentLogger });
    const samples = options.quick ? 500 : 2000;
    const step = Math.max(1, Math.floor(codes.length / samples));
    const times: number[] = [];
    let unexpected = 0;
    // Issued today: after every seeded birth date (children born after 2021 got their cards later).
    const issued = cardDate(new Date().toISOString().slice(0, 10));
    for (let i = 0; i < samples && i * step < codes.length; i++) {
      const index = i * step;
      const p = people[index % people.length] as PersonRow;
      const payload = [
        p.id_number,
        '',
        p.full_name,
        cardDate(p.date_of_birth),
        p.gender === 'male' ? 'Nam' : 'Nữ',
        'Thôn 1, Xã A, Tỉnh B',
        issued,
      ].join('|');
      const t0 = performance.now();
      const parsed = parseScannedCode(payload);
      if (!parsed.ok || parsed.value.kind !== 'cccd') {
        unexpected++;
        continue;
      }
      const outcome = check.checkAgainstCccd(codes[index] as string, parsed.value);
      times.push(performance.now() - t0);
      if (outcome.overall !== 'match') unexpected++;
    }
    times.sort((a, b) => a - b);
    const at = (q: number): number => times[Math.min(times.length - 1, Math.floor((q / 100) * times.length))] ?? 0;
    return { p50Ms: at(50), p95Ms: at(95), maxMs: times.at(-1) ?? 0, checks: times.length, unexpected };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bench table rows (run-bench via extra-benches.ts). */
export function kioskCheckRows(ctx: { quick: boolean; persons: number; log: (s: string) => void }): BenchRow[] {
  const registrations = ctx.quick ? 10_000 : 100_000;
  ctx.log(`kiosk check: ${ctx.persons} persons, ${registrations} registrations…`);
  const r = benchKioskCheck({ persons: ctx.persons, registrations, quick: ctx.quick });
  const label = `${ctx.persons} persons, ${registrations} forms`;
  return [
    { area: 'kiosk check', metric: `scan → outcome p50 (${label})`, value: round(r.p50Ms), unit: 'ms', target: '', met: null },
    {
      area: 'kiosk check',
      metric: `scan → outcome p95 (${label})`,
      value: round(r.p95Ms),
      unit: 'ms',
      target: '< 20 ms',
      met: r.p95Ms < 20,
    },
    { area: 'kiosk check', metric: 'unexpected outcomes', value: r.unexpected, unit: 'checks', target: '0', met: r.unexpected === 0 },
  ];
}

const round = (n: number): number => Math.round(n * 100) / 100;
