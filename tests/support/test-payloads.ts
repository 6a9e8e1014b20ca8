/** Test helpers: fixture lookup and field-level edits of fictional payloads. */
import { loadFixturePayloads } from './fixture-payloads';

const ALL = [...loadFixturePayloads('cccd-qr.txt'), ...loadFixturePayloads('bhyt-qr.txt')];

export const ALL_FIXTURES = ALL;

export function fixture(label: string): string {
  const f = ALL.find((x) => x.label === label);
  if (!f) throw new Error(`no fixture ${label}`);
  return f.payload;
}

/** Replace `|`-separated part `index` of `payload`. */
export function withPart(payload: string, index: number, value: string): string {
  const parts = payload.split('|');
  parts[index] = value;
  return parts.join('|');
}
