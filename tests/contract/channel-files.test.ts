/**
 * One file per channel prefix (issue #19): `officer:*` is declared in channels/officer.ts and nowhere else,
 * `collectionPoints:*` in channels/collection-points.ts. Before, account.ts also held records:*, form01-print.ts held
 * officer:printForm and public.ts six prefixes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventChannels, invokeChannels } from '../../preload/contract/channels';

const DIR = fileURLToPath(new URL('../../preload/contract/channels/', import.meta.url));
const kebab = (prefix: string): string => prefix.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('channel files', () => {
  it('declare only the channels of their own prefix, and every prefix has its file', () => {
    const declared: string[] = [];
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(DIR + file, 'utf8');
      for (const m of text.matchAll(/^ {2}'([a-zA-Z]+):([a-zA-Z]+)': (?:invoke|event)\(/gm)) {
        const name = `${m[1]}:${m[2]}`;
        declared.push(name);
        expect(`${name} in ${file}`).toBe(`${name} in ${kebab(m[1] ?? '')}.ts`);
      }
    }
    const all = [...Object.keys(invokeChannels), ...Object.keys(eventChannels)].sort();
    expect(declared.sort()).toEqual(all);
  });
});
