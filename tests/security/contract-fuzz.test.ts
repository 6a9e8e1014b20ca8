import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../preload/contract/result';
import { invokeChannels } from '../../preload/contract/channels';
import { connectClient, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

let t: TestHost;
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);
beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  t = await startTestHost();
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await t.close();
});

/** Hostile values: wrong types, huge strings, deep nesting, prototype-pollution keys. */
const hostile = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.string({ minLength: 5000, maxLength: 20000 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** Nesting built as text: deeper than any recursive serializer or schema walker can follow. */
const deepInput = (n: number): string => '{"a":'.repeat(n) + '{}' + '}'.repeat(n);

describe('contract fuzzing over the WebSocket transport', () => {
  it('answers every malformed payload on every channel with a typed error, and keeps serving', async () => {
    const c = await connectClient(t.host);
    const names = Object.keys(invokeChannels);
    let calls = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), hostile, async (name, input) => {
        calls++;
        const r = await c.call(name, input);
        if (!r.ok) expect(ERROR_CODES).toContain(r.error?.code);
      }),
      { numRuns: 2500 },
    );
    // Raw frames: not JSON, arrays, prototype pollution, absurd nesting.
    for (const frame of [
      '',
      'null',
      '[]',
      '{"id":1}',
      '{"__proto__":{"polluted":1},"id":2,"channel":"system:info","input":{}}',
      `{"id":3,"channel":"system:info","input":${deepInput(30_000)}}`,
      `{"id":4,"channel":"lookup:insuranceNumber","input":${deepInput(2_000)}}`,
    ]) {
      const reply = (await c.raw(frame)) as { result: { ok: boolean; error?: { code: string } } };
      if (!reply.result.ok) expect(ERROR_CODES).toContain(reply.result.error?.code);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(calls).toBeGreaterThanOrEqual(2500);
    // Still answers a valid call afterwards.
    const ok = await c.call('lookup:insuranceNumber', { fullName: 'Nguyễn Thị Lan Anh', dateOfBirth: '1992-03-14' });
    expect(ok).toMatchObject({ ok: true, value: { status: 'found' } });
    expect(unhandled).toEqual([]);
    c.close();
  }, 120_000);
});
