/**
 * Issue #14: /health (no token needed) and the heartbeat table carried whatever screen name a client reported, so a
 * client could put free text (a name, an ID number) there. The attack is a WebSocket client reporting such a "screen".
 * Now the contract takes only the fixed list (SCREEN_NAMES in preload/contract/channels/system.ts): the report is
 * refused with invalid-input and /health never shows the text; known names still appear.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, startTestHost } from '../support/test-host';
import type { TestHost } from '../support/test-host';

const FREE_TEXT = 'Nguyễn Văn An 001090012345';

let t: TestHost;
beforeEach(async () => {
  t = await startTestHost(['--devices', 'none']);
});
afterEach(async () => {
  await t.close();
});

const health = async (): Promise<{ screens: { screen: string }[] }> =>
  (await (await fetch(`http://127.0.0.1:${t.host.port}/health`)).json()) as { screens: { screen: string }[] };

describe('screen names in /health and heartbeats come from a fixed list', () => {
  it('a client reporting free text as its screen is refused, and /health never shows it', async () => {
    const client = await connectClient(t.host);
    expect(await client.call('system:reportScreen', { screen: FREE_TEXT })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await client.call('system:reportError', { reference: 'E-ABC123-7F2A', screen: FREE_TEXT, error: 'TypeError' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const body = JSON.stringify(await health());
    expect(body).not.toContain('Nguy');
    expect(body).not.toContain('001090012345');
    expect(t.logLines.join('\n')).not.toContain('001090012345');

    expect(await client.call('system:reportScreen', { screen: 'records' })).toMatchObject({ ok: true });
    expect((await health()).screens.map((s) => s.screen)).toEqual(['records']);
    client.close();
  });
});
