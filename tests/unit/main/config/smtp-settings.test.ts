import { describe, expect, it } from 'vitest';
import { parseAppConfig } from '../../../../main/config/app-config';
import { smtpOptionsFromUrl } from '../../../../main/config/smtp-settings';

describe('SMTP settings', () => {
  it('reads the URL from the environment and the flag wins', () => {
    const env = { KIOSK_SMTP_URL: 'smtp://127.0.0.1:2525', KIOSK_DATA_DIR: '/tmp/x' };
    const fromEnv = parseAppConfig([], env);
    expect(fromEnv.ok && fromEnv.config.smtpUrl).toBe('smtp://127.0.0.1:2525');
    const fromFlag = parseAppConfig(['--smtp-url', 'smtps://mail.example.vn', '--mail-from', 'kiosk@bhxh.example.vn'], env);
    expect(fromFlag.ok && fromFlag.config.smtpUrl).toBe('smtps://mail.example.vn');
    expect(fromFlag.ok && fromFlag.config.mailFrom).toBe('kiosk@bhxh.example.vn');
  });

  it('refuses a URL that is not smtp', () => {
    const r = parseAppConfig(['--smtp-url', 'http://example.vn'], { KIOSK_DATA_DIR: '/tmp/x' });
    expect(r.ok).toBe(false);
  });

  it('leaves e-mail unconfigured without a URL', () => {
    const r = parseAppConfig([], { KIOSK_DATA_DIR: '/tmp/x' });
    expect(r.ok && r.config.smtpUrl).toBeUndefined();
    expect(smtpOptionsFromUrl(undefined, 'a@b.c')).toBeNull();
  });

  it('requires STARTTLS off loopback and passes credentials', () => {
    expect(smtpOptionsFromUrl('smtp://127.0.0.1:2525', 'a@b.c')).toEqual({
      host: '127.0.0.1',
      port: 2525,
      secure: false,
      from: 'a@b.c',
      requireTls: false,
    });
    expect(smtpOptionsFromUrl('smtp://kiosk:p%40ss@mail.example.vn', 'a@b.c')).toMatchObject({
      port: 587,
      secure: false,
      requireTls: true,
      auth: { user: 'kiosk', pass: 'p@ss' },
    });
    expect(smtpOptionsFromUrl('smtps://mail.example.vn', 'a@b.c')).toMatchObject({ port: 465, secure: true, requireTls: false });
  });
});
