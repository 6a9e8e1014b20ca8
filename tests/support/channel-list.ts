/**
 * docs/channels.md, generated from the contract's `doc` strings (issue #19: the docs were never read, and one was
 * wrong): every invoke and event channel, grouped by prefix, with the stations that serve it. `npm run docs:channels`
 * rewrites the file; tests/unit/channel-list.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventChannels, invokeChannels, type InvokeName } from '../../preload/contract/channels';
import { STATION_ROLES } from '../../preload/contract/channels/system';
import { stationAllows } from '../../main/ipc/station-policy';

export const CHANNEL_LIST_FILE = fileURLToPath(new URL('../../docs/channels.md', import.meta.url));

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const prefixOf = (name: string): string => name.slice(0, name.indexOf(':'));

export function renderChannelList(): string {
  const lines = [
    '# IPC channels',
    '',
    '<!-- Generated from the `doc` of each channel in preload/contract/channels/*.ts by `npm run docs:channels`;',
    '     do not edit by hand (tests/unit/channel-list.test.ts fails when this file is stale). -->',
    '',
    'Every call between a screen and its host, as declared once in `preload/contract/channels.ts`: zod checks the',
    'input and the output on both sides, Electron IPC and the browser host serve the same table. "Stations" says which',
    'station roles (`--station`) serve a call; the others refuse it with `forbidden` (`wrong-station`).',
    '',
  ];
  const invokes = Object.entries(invokeChannels) as [InvokeName, { doc: string }][];
  const prefixes = [...new Set(invokes.map(([name]) => prefixOf(name)))].sort();
  for (const prefix of prefixes) {
    lines.push(`## ${prefix}`, '', '| channel | stations | what it does |', '|---|---|---|');
    for (const [name, def] of invokes.filter(([n]) => prefixOf(n) === prefix).sort(([a], [b]) => a.localeCompare(b))) {
      const roles = STATION_ROLES.filter((role) => stationAllows(role, name)).join(', ');
      lines.push(`| \`${name}\` | ${roles === '' ? '—' : roles} | ${cell(def.doc)} |`);
    }
    lines.push('');
  }
  lines.push('## Events (host → screen)', '', '| event | what it says |', '|---|---|');
  for (const [name, def] of Object.entries(eventChannels).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| \`${name}\` | ${cell(def.doc)} |`);
  }
  lines.push('');
  return lines.join('\n');
}

if (process.argv.includes('--write')) {
  writeFileSync(CHANNEL_LIST_FILE, renderChannelList());
  console.log(`wrote ${CHANNEL_LIST_FILE}`);
}
