import { describe, expect, it } from 'vitest';
import { fitNoteInSms, MAX_SMS_PARTS, smsLength } from '../../../../../main/domain/sms/sms-length';

describe('SMS length rules', () => {
  it('counts GSM-7 (160/153, extension characters twice) and UCS-2 (70/67) parts', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, parts: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, parts: 2 });
    expect(smsLength('€'.repeat(80))).toEqual({ encoding: 'gsm7', units: 160, parts: 1 });
    expect(smsLength('ă'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, parts: 1 });
    expect(smsLength('Tờ khai ' + 'a'.repeat(63))).toEqual({ encoding: 'ucs2', units: 71, parts: 2 });
    expect(smsLength('ư'.repeat(134)).parts).toBe(2);
    expect(smsLength('ư'.repeat(135)).parts).toBe(3);
  });

  it('shortens a long note at a word boundary so the message fits', () => {
    const build = (note: string) => `BHXH: Lý do: ${note}. Hết.`;
    const short = fitNoteInSms('thiếu bản sao sổ hộ khẩu', build);
    expect(short).toEqual({ text: 'BHXH: Lý do: thiếu bản sao sổ hộ khẩu. Hết.', shortened: false });
    const long = fitNoteInSms('giấy tờ kèm theo chưa đầy đủ, cần bổ sung bản sao '.repeat(10).trim(), build);
    expect(long.shortened).toBe(true);
    expect(smsLength(long.text).parts).toBeLessThanOrEqual(MAX_SMS_PARTS);
    expect(long.text).toMatch(/… Hết\.$|…\. Hết\.$/);
    expect(long.text).not.toMatch(/\s…/);
  });
});
