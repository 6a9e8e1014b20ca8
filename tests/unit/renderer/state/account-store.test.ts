import { describe, expect, it } from 'vitest';
import type { KioskApi } from '../../../../preload/contract/kiosk-api';
import type { Result } from '../../../../preload/contract/result';
import { createAccountStore } from '../../../../renderer/state/account-store';
import { createAppStore } from '../../../../renderer/state/app-store';

const signedIn = { ok: true, value: { status: 'signed-in', mustChangePassword: null, maskedName: 'T*** V** Đ**' } } as const;

/** Just the calls these tests make; every other call answers ok. */
function fakeApi(answers: { signIn?: Result<unknown>; verifyOtp?: Result<unknown>; profile?: Result<unknown> }): KioskApi {
  const okay = (): Promise<Result<unknown>> => Promise.resolve({ ok: true, value: {} });
  return {
    system: { reportScreen: okay, endVisit: okay },
    account: {
      signIn: () => Promise.resolve(answers.signIn ?? signedIn),
      verifyOtp: () => Promise.resolve(answers.verifyOtp ?? signedIn),
      signOut: okay,
    },
    records: { profile: () => Promise.resolve(answers.profile ?? { ok: true, value: {} }) },
  } as unknown as KioskApi;
}

const stores = (api: KioskApi) => {
  const app = createAppStore(api);
  return { app, account: createAccountStore(api, app) };
};

describe('account store and visits the host ended (issue #14)', () => {
  it('signed-in-elsewhere with a code sent: the OTP step with the warning, then signed in', async () => {
    const { app, account } = stores(
      fakeApi({
        signIn: {
          ok: false,
          error: { code: 'conflict', message: 'x', detail: { reason: 'signed-in-elsewhere', otpSent: true, maskedPhone: '*******456' } },
        },
      }),
    );
    expect(await account.getState().signIn('0123456789', 'Kiosk2026')).toEqual({ ok: true });
    expect(account.getState().auth).toEqual({ phase: 'otp-sent', otpSentTo: '*******456', signedInElsewhere: true });
    await account.getState().verifyOtp('123456');
    expect(account.getState().auth.phase).toBe('signed-in');
    expect(app.getState().screen).toEqual({ name: 'records' });
  });

  it('signed-in-elsewhere without a registered phone stays on the form with the refusal', async () => {
    const { account } = stores(
      fakeApi({
        signIn: { ok: false, error: { code: 'conflict', message: 'x', detail: { reason: 'signed-in-elsewhere', otpSent: false } } },
      }),
    );
    expect(await account.getState().signIn('0123456789', 'Kiosk2026')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(account.getState().auth).toEqual({ phase: 'signed-out' });
  });

  for (const [reason, error, notice] of [
    ['session-expired', { code: 'expired', message: 'x', detail: { reason: 'session-expired' } }, 'session.ended.expired'],
    ['signed-in-elsewhere', { code: 'unauthorized', message: 'x', detail: { reason: 'signed-in-elsewhere' } }, 'session.ended.elsewhere'],
  ] as const) {
    it(`a records call answered ${reason}: everything is forgotten and home says why`, async () => {
      const { app, account } = stores(fakeApi({ profile: { ok: false, error } }));
      await account.getState().signIn('0123456789', 'Kiosk2026');
      expect(await account.getState().loadProfile()).toMatchObject({ ok: false });
      expect(account.getState().auth).toEqual({ phase: 'signed-out' });
      expect(app.getState().screen).toEqual({ name: 'home' });
      expect(app.getState().homeNotice).toBe(notice);
      app.getState().go({ name: 'lookup' });
      expect(app.getState().homeNotice).toBeNull();
    });
  }

  it('the host event alone (no call) sends the screen home and wipes the sign-in', async () => {
    const { app, account } = stores(fakeApi({}));
    await account.getState().signIn('0123456789', 'Kiosk2026');
    app.getState().sessionEndedByHost('signed-in-elsewhere');
    expect(account.getState().auth).toEqual({ phase: 'signed-out' });
    expect(app.getState().screen).toEqual({ name: 'home' });
    expect(app.getState().homeNotice).toBe('session.ended.elsewhere');
  });
});
