import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../../main/db/open-database';
import { createSqliteFeedbackRepository } from '../../../../../main/db/repositories/sqlite-support-repository';
import { createLogger } from '../../../../../main/logging/logger';
import { FAQ_CORPUS } from '../../../../../main/services/support/faq-corpus';
import { createSupportService, type SupportService } from '../../../../../main/services/support/support-service';

let db: Database;
let svc: SupportService;
let logLines: string[];

beforeEach(() => {
  db = openDatabase(':memory:');
  logLines = [];
  svc = createSupportService({
    feedback: createSqliteFeedbackRepository(db),
    logger: createLogger({ sink: (l) => logLines.push(l) }),
    now: () => new Date('2025-09-01T03:00:00Z'),
  });
});
afterEach(() => db.close());

describe('FAQ corpus', () => {
  it('has at least 25 entries with unique ids, NFC Vietnamese text and the official contacts', () => {
    expect(FAQ_CORPUS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(FAQ_CORPUS.map((e) => e.id)).size).toBe(FAQ_CORPUS.length);
    for (const e of FAQ_CORPUS) {
      expect(e.question.normalize('NFC')).toBe(e.question);
      expect(e.answer.normalize('NFC')).toBe(e.answer);
    }
    const all = FAQ_CORPUS.map((e) => e.answer).join(' ');
    expect(all).toContain('1900 9068');
    expect(all).toContain('hotro@vss.gov.vn');
    expect(all).toContain('10 ngày');
  });
});

describe('FAQ list', () => {
  it('searches without diacritics and by topic', () => {
    const r = svc.faq({ text: 'mat khau' }).items;
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((e) => `${e.question} ${e.answer}`.toLowerCase().includes('mật khẩu'))).toBe(true);
    expect(svc.faq({ topic: 'bhyt' }).items.every((e) => e.topic === 'bhyt')).toBe(true);
    expect(svc.faq({}).items).toHaveLength(FAQ_CORPUS.length);
    expect(svc.faq({ text: 'xyzzy' }).items).toHaveLength(0);
  });
});

describe('FAQ assistant', () => {
  it('answers "quên mật khẩu vssid" (with or without diacritics) with the password-recovery entry', () => {
    for (const q of ['quên mật khẩu vssid', 'quen mat khau vssid', 'Tôi QUÊN MẬT KHẨU VssID thì làm sao?']) {
      const r = svc.ask(q);
      expect(r.status, q).toBe('answered');
      if (r.status === 'answered') {
        expect(r.entry.id).toBe('password-forgot');
        expect(r.entry.answer).toContain('OTP');
      }
    }
  });

  it('answers other common questions with the right entry', () => {
    const cases: [string, string][] = [
      ['mất thẻ bhyt', 'card-lost'],
      ['mã số bhxh là gì', 'maso-what'],
      ['đổi nơi khám chữa bệnh ban đầu', 'kcb-change'],
      ['số tổng đài', 'contact-hotline'],
      ['nộp tờ khai mẫu 01 trong bao nhiêu ngày', 'register-deadline'],
    ];
    for (const [q, id] of cases) {
      const r = svc.ask(q);
      expect(r.status === 'answered' ? r.entry.id : r.status, q).toBe(id);
    }
  });

  it('says it does not know, with the hotline and email, for "giá vàng hôm nay"', () => {
    for (const q of ['giá vàng hôm nay', 'thời tiết Hà Nội ngày mai', 'là gì']) {
      expect(svc.ask(q), q).toEqual({ status: 'unknown', hotline: '1900 9068', email: 'hotro@vss.gov.vn' });
    }
  });

  it('never logs the question', () => {
    svc.ask('quên mật khẩu vssid');
    expect(logLines.join('\n')).not.toMatch(/mật khẩu|mat khau/);
    expect(logLines.join('\n')).toContain('support.ask');
  });
});

describe('feedback', () => {
  it('stores the message durably (survives reopening the database) and logs no content', () => {
    const dir = `/tmp/kiosk-feedback-${process.pid}-${Date.now()}`;
    const file = `${dir}/kiosk.sqlite`;
    const fileDb = openDatabase(file);
    const logs: string[] = [];
    const s = createSupportService({
      feedback: createSqliteFeedbackRepository(fileDb),
      logger: createLogger({ sink: (l) => logs.push(l) }),
    });
    const r = s.submitFeedback({ topic: 'thai-do-phuc-vu', message: '  Cán bộ hướng dẫn rất tận tình.\r\nCảm ơn!  ', phone: '0912345678' });
    fileDb.close();
    const again = openDatabase(file);
    const stored = createSqliteFeedbackRepository(again).list(10);
    again.close();
    rmSync(dir, { recursive: true, force: true });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: r.id,
      topic: 'thai-do-phuc-vu',
      message: 'Cán bộ hướng dẫn rất tận tình.\nCảm ơn!',
      phone: '0912345678',
      status: 'new',
    });
    const log = logs.join('\n');
    expect(log).toContain('support.feedback');
    expect(log).not.toContain('tận tình');
    expect(log).not.toContain('0912345678');
  });

  it('rejects a message that is empty after cleaning, or longer than 2000 characters', () => {
    expect(() => svc.submitFeedback({ topic: 'khac', message: ' \n\t ' })).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => svc.submitFeedback({ topic: 'khac', message: 'a'.repeat(2001) })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(svc.submitFeedback({ topic: 'khac', message: 'a'.repeat(2000) }).receivedAt).toBe('2025-09-01T03:00:00.000Z');
  });
});
