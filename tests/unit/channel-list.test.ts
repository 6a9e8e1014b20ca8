import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../preload/contract/channels';
import { CHANNEL_LIST_FILE, renderChannelList } from '../support/channel-list';

describe('docs/channels.md', () => {
  it('is what the contract’s doc strings generate (run `npm run docs:channels` after changing a channel)', () => {
    expect(readFileSync(CHANNEL_LIST_FILE, 'utf8')).toBe(renderChannelList());
  });

  it('lists every invoke channel, each with a doc of its own', () => {
    const text = renderChannelList();
    for (const [name, def] of Object.entries(invokeChannels)) {
      expect(text).toContain(`\`${name}\``);
      expect(def.doc.length).toBeGreaterThan(10);
    }
  });
});
