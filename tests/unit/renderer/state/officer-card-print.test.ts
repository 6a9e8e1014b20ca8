import { describe, expect, it } from 'vitest';
import type { KioskApi } from '../../../../preload/contract/kiosk-api';
import { PRINTER_FAILURES, printerFailureReason } from '../../../../preload/contract/printer-failure-reasons';
import type { Result } from '../../../../preload/contract/result';
import { en } from '../../../../renderer/i18n/en';
import { vi } from '../../../../renderer/i18n/vi';
import { cardPrintErrorMessage, isInsuranceNumber, normalizeInsuranceNumber } from '../../../../renderer/state/officer-card-print';
import { createOfficerStore } from '../../../../renderer/state/officer-store';

const printed = {
  copyNumber: 2,
  reprint: true,
  destination: 'cups:QUAY_THE',
  collectAt: 'quầy trả kết quả',
  receipt: 'paper-out' as const,
};

/** Only the calls this flow makes; each answer is given by the test. */
function fakeApi(answers: { officerPrint: Result<typeof printed> }) {
  const calls: unknown[] = [];
  const api = {
    officer: {
      signIn: () =>
        Promise.resolve({ ok: true, value: { username: 'lan', displayName: 'Lan', role: 'officer', counter: '1', idleTimeoutMs: 0 } }),
      queue: () => Promise.resolve({ ok: true, value: { entries: [] } }),
      counterServices: () => Promise.resolve({ ok: true, value: { counters: [] } }),
      registration: () => Promise.resolve({ ok: true, value: { registrationId: 7, insuranceNumber: '0123456789' } }),
      approve: () =>
        Promise.resolve({
          ok: true,
          value: {
            registrationCode: 'TK-1',
            state: 'approved',
            insuranceNumber: '0123456789',
            notices: { sms: true, email: false },
            receiptJobId: 3,
          },
        }),
    },
    card: {
      officerPrint: (input: unknown) => {
        calls.push(input);
        return Promise.resolve(answers.officerPrint);
      },
    },
  } as unknown as KioskApi;
  return { api, calls };
}

describe('officer card printing', () => {
  it('accepts exactly 10 digits, after dropping the spaces and dots people copy from paper', () => {
    expect(isInsuranceNumber(normalizeInsuranceNumber(' 0123 456.789 '))).toBe(true);
    expect(isInsuranceNumber('012345678')).toBe(false);
    expect(isInsuranceNumber('01234567890')).toBe(false);
    expect(isInsuranceNumber('012345678a')).toBe(false);
  });

  it('names each failure: unknown number, no card, printer missing or failed', () => {
    const n = '0999999999';
    expect(cardPrintErrorMessage({ code: 'not-found', message: 'x' }, n)).toEqual({ key: 'officer.card.err.unknown', params: { n } });
    expect(cardPrintErrorMessage({ code: 'not-found', message: 'x', detail: { reason: 'no-card' } }, n)).toEqual({
      key: 'officer.card.err.noCard',
      params: { n },
    });
    expect(cardPrintErrorMessage({ code: 'device-unavailable', message: 'x', detail: { reason: 'card-printer-missing' } }, n).key).toBe(
      'officer.card.err.printerMissing',
    );
    expect(cardPrintErrorMessage({ code: 'device-unavailable', message: 'x', detail: { reason: 'card-printer-failed' } }, n).key).toBe(
      'officer.card.err.printerFailed',
    );
  });

  it('a card printer that took the job but did not print it (#17): queue stopped, job pending, job failed each get their own sentence', () => {
    const keyOf = (reason: string) =>
      cardPrintErrorMessage({ code: 'device-unavailable', message: 'x', detail: { reason } }, '0999999999').key;
    expect(keyOf('card-printer-queue-stopped')).toBe('officer.card.err.queueStopped');
    expect(keyOf('card-printer-job-pending')).toBe('officer.card.err.jobPending');
    expect(keyOf('card-printer-job-failed')).toBe('officer.card.err.jobFailed');
    // The Vietnamese console says the queue is paused and the card was not printed; never "Đã in thẻ".
    expect(vi['officer.card.err.queueStopped']).toContain('Máy in thẻ đang tạm dừng');
    for (const failure of PRINTER_FAILURES) {
      const key = keyOf(printerFailureReason('card', failure));
      expect(vi[key], failure).not.toMatch(/Đã in thẻ/);
      expect(en[key], failure).toBeTruthy();
      // The kiosk's own sentence for the citizen exists in both languages too (CardPrintActions: cardPrint.error.printer-*).
      expect(vi[`cardPrint.error.printer-${failure}`]).toMatch(/Máy in thẻ/);
      expect(en[`cardPrint.error.printer-${failure}`]).toMatch(/card printer/i);
    }
  });

  it('offers the approved citizen’s card from the result, and prints it with the copy the host gave', async () => {
    const { api, calls } = fakeApi({ officerPrint: { ok: true, value: printed } });
    const store = createOfficerStore(api);
    await store.getState().signIn({ username: 'lan', password: 'x', counter: '1' });
    await store.getState().open(7);
    await store.getState().approve();
    const view = store.getState().view;
    expect(view).toMatchObject({ name: 'result', outcome: { kind: 'approved', insuranceNumber: '0123456789' } });

    store.getState().openCardPrint('0123456789');
    expect(store.getState().view).toEqual({ name: 'cardPrint', insuranceNumber: '0123456789' });
    await expect(store.getState().printCard('0123456789')).resolves.toEqual({ ...printed, insuranceNumber: '0123456789' });
    expect(calls).toEqual([{ insuranceNumber: '0123456789' }]);
    expect(store.getState().busy).toBe(false);
  });

  it('a lost officer session goes back to sign-in instead of showing a card message', async () => {
    const { api } = fakeApi({ officerPrint: { ok: false, error: { code: 'unauthorized', message: 'not signed in' } } });
    const store = createOfficerStore(api);
    await store.getState().signIn({ username: 'lan', password: 'x', counter: '1' });
    store.getState().openCardPrint();
    await expect(store.getState().printCard('0123456789')).resolves.toBeNull();
    expect(store.getState().view).toEqual({ name: 'signIn' });
    expect(store.getState().message).toEqual({ key: 'officer.err.notSignedIn' });
  });

  it('a printer failure stays on the panel with its message', async () => {
    const { api } = fakeApi({
      officerPrint: { ok: false, error: { code: 'device-unavailable', message: 'lp', detail: { reason: 'card-printer-failed' } } },
    });
    const store = createOfficerStore(api);
    await store.getState().signIn({ username: 'lan', password: 'x', counter: '1' });
    store.getState().openCardPrint();
    await expect(store.getState().printCard('0123456789')).resolves.toBeNull();
    expect(store.getState().view).toEqual({ name: 'cardPrint', insuranceNumber: '' });
    expect(store.getState().message).toEqual({ key: 'officer.card.err.printerFailed' });
  });
});
