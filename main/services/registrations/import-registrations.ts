/**
 * Import of Form 01 registrations exported by the portal, one JSON object per line (docs/registrations-import.md).
 *
 * Every bad line is reported with its 1-based line number and an English reason (the admin reads them in a
 * terminal); the good lines go in together in one transaction, so a crash never leaves half a file. Re-importing
 * the same file adds nothing: externalId is UNIQUE and an existing one counts as skippedExisting.
 * Reasons never repeat the offending value: the file is personal data and the report may end up in a ticket.
 */
import { z } from 'zod';
import type { Database } from '../../db/open-database';
import { generateRegistrationCode } from '../../domain/codes/registration-code';
import { isPartialDate } from '../../domain/person/partial-date';
import { classifyPersonId, PERSON_ID_PATTERN } from '../../domain/person/person-id';
import { cleanText } from '../../domain/text/vi-text';
import type { Logger } from '../../logging/logger';
import { appendAudit } from '../audit/audit-log';
import { INSURANCE_NUMBER_PATTERN } from '../../../preload/contract/insurance-number';

export interface ImportError {
  readonly line: number;
  readonly reason: string;
}

export interface ImportSummary {
  readonly imported: number;
  readonly skippedExisting: number;
  readonly errors: readonly ImportError[];
}

export interface ImportDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly random: (n: number) => Uint8Array;
  readonly logger: Logger;
}

/** Vietnamese mobile numbers: 10 digits starting 03, 05, 07, 08 or 09 (docs/domain/form01.md). */
export const VN_MOBILE = /^0[35789]\d{8}$/;

/** A full date, or the year (and month) only when that is all the citizen's papers record. */
const birthDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY-MM-DD, YYYY-MM or YYYY')
  .pipe(z.string().refine(isPartialDate, 'is not a real calendar date'));

const text = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));

export const registrationLineSchema = z.strictObject({
  externalId: z.string().trim().min(1, 'must not be empty').max(100),
  fullName: text(100).refine((s) => /^[\p{L}' .-]+$/u.test(s), 'must contain only letters, spaces, apostrophes, dots or hyphens'),
  insuranceNumber: z.string().regex(INSURANCE_NUMBER_PATTERN, 'must be 10 digits').optional(),
  idNumber: z
    .string()
    .transform((s) => classifyPersonId(s)?.value ?? s)
    .pipe(z.string().regex(PERSON_ID_PATTERN, 'must be a 12-digit CCCD, a 9-digit CMND or a passport number (a letter and 7 or 8 digits)')),
  dateOfBirth: birthDate,
  gender: z.enum(['male', 'female']),
  provinceCode: z.string().regex(/^\d{2}$/, 'must be 2 digits'),
  wardCode: z.string().regex(/^\d{5}$/, 'must be 5 digits'),
  street: text(200),
  phone: z.string().regex(VN_MOBILE, 'must be a Vietnamese mobile number (10 digits starting 03, 05, 07, 08 or 09)'),
  email: z.email('must be an e-mail address').max(254).optional(),
  officeCode: z.string().trim().min(1, 'must not be empty').max(20),
  createdAt: z.iso.datetime({ offset: true, message: 'must be an ISO date-time' }),
});
export type RegistrationLine = z.infer<typeof registrationLineSchema>;

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${path}: is required`;
  if (issue.code === 'invalid_type') return `${path}: must be a ${issue.expected}`;
  if (issue.code === 'invalid_value') return `${path}: must be one of ${issue.values.map(String).join(', ')}`;
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

export interface RegistrationImporter {
  importLines(content: string): ImportSummary;
}

export function createRegistrationImporter(deps: ImportDeps): RegistrationImporter {
  const { db, clock, random, logger } = deps;
  const wardProvince = db.prepare('SELECT province_code FROM wards WHERE code = ?');
  const byExternal = db.prepare('SELECT id FROM registrations WHERE external_id = ?');
  const byCode = db.prepare('SELECT 1 FROM registrations WHERE code = ?');
  const insert = db.prepare(
    `INSERT INTO registrations (code, full_name, insurance_number, id_number, date_of_birth, gender, province_code, ward_code,
       street, phone, email, office_code, source, created_at, state, external_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'portal', ?, 'submitted', ?)
     ON CONFLICT (external_id) DO NOTHING`,
  );

  const freshCode = (): string => {
    // 40 random bits: a collision is astronomically unlikely, but the UNIQUE column would turn one into a crash.
    for (;;) {
      const code = generateRegistrationCode(random);
      if (byCode.get(code) === undefined) return code;
    }
  };

  const validate = (raw: string): { ok: true; value: RegistrationLine } | { ok: false; reason: string } => {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return { ok: false, reason: 'not valid JSON' };
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: 'not a JSON object' };
    const parsed = registrationLineSchema.safeParse(json);
    if (!parsed.success) return { ok: false, reason: parsed.error.issues.map(describeIssue).join('; ') };
    const value = parsed.data;
    const ward = wardProvince.get(value.wardCode) as { province_code: string } | undefined;
    if (ward === undefined) return { ok: false, reason: 'wardCode: unknown ward' };
    if (ward.province_code !== value.provinceCode) return { ok: false, reason: 'wardCode: ward does not belong to provinceCode' };
    if (Date.parse(value.dateOfBirth) > Date.parse(value.createdAt)) return { ok: false, reason: 'dateOfBirth: is after createdAt' };
    return { ok: true, value };
  };

  const commit = db.transaction((rows: readonly RegistrationLine[]): { imported: number; skipped: number } => {
    let imported = 0;
    let skipped = 0;
    for (const r of rows) {
      if (byExternal.get(r.externalId) !== undefined) {
        skipped++;
        continue;
      }
      const info = insert.run(
        freshCode(),
        r.fullName,
        r.insuranceNumber ?? null,
        r.idNumber,
        r.dateOfBirth,
        r.gender,
        r.provinceCode,
        r.wardCode,
        r.street,
        r.phone,
        r.email ?? null,
        r.officeCode,
        new Date(r.createdAt).toISOString(),
        r.externalId,
      );
      if (info.changes === 1) imported++;
      else skipped++;
    }
    if (imported > 0) {
      appendAudit(db, {
        at: clock(),
        actor: 'admin-cli',
        action: 'registration.imported',
        details: { imported, skippedExisting: skipped },
      });
    }
    return { imported, skipped };
  });

  return {
    importLines(content) {
      const errors: ImportError[] = [];
      const good: RegistrationLine[] = [];
      const seen = new Map<string, number>();
      const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
      lines.forEach((raw, index) => {
        const line = index + 1;
        if (raw.trim() === '') return;
        const result = validate(raw);
        if (!result.ok) {
          errors.push({ line, reason: result.reason });
          return;
        }
        const first = seen.get(result.value.externalId);
        if (first !== undefined) {
          errors.push({ line, reason: `externalId: duplicate of line ${first}` });
          return;
        }
        seen.set(result.value.externalId, line);
        good.push(result.value);
      });
      const { imported, skipped } = commit.immediate(good);
      logger.info('registrations.imported', { imported, skippedExisting: skipped, errors: errors.length });
      return { imported, skippedExisting: skipped, errors };
    },
  };
}
