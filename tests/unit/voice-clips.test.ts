/**
 * The committed voice clips (resources/voice, made by `npm run voice:clips`) cover everything the call board can say,
 * stay small, and one call joined from them is real sound of a sane length. The last test needs `sox` (apt).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allVoiceClips, callOut, clipOfWord, letterClip } from '../../main/domain/voice/call-out';
import { MAX_READ_NUMBER, readNumberVi, readTicketNumberVi } from '../../main/domain/voice/vietnamese-number';
import { REPO_ROOT } from '../support/kiosk-host-process';

const VOICE = join(REPO_ROOT, 'resources', 'voice');
const clipFile = (clip: string): string => join(VOICE, `${clip}.wav`);

/** The fmt chunk of a canonical WAV file: what Web Audio must decode. */
function wavFormat(file: string): { format: number; channels: number; rate: number; bits: number } {
  const b = readFileSync(file);
  expect(b.toString('ascii', 0, 4)).toBe('RIFF');
  expect(b.toString('ascii', 8, 12)).toBe('WAVE');
  const fmt = b.indexOf('fmt ', 12, 'ascii');
  return {
    format: b.readUInt16LE(fmt + 8),
    channels: b.readUInt16LE(fmt + 10),
    rate: b.readUInt32LE(fmt + 12),
    bits: b.readUInt16LE(fmt + 22),
  };
}

describe('the committed voice clips', () => {
  it('hold a clip for every word the number reader produces, for tickets and counters alike', () => {
    const words = new Set<string>();
    const numbers = [...Array.from({ length: 10_000 }, (_, n) => n), 12_345, 99_999, 100_000, 123_456, MAX_READ_NUMBER];
    for (const n of numbers) {
      for (const w of readNumberVi(n)) words.add(w);
      for (const w of readTicketNumberVi(n)) words.add(w);
    }
    const missing = [...words].filter((w) => {
      try {
        return !existsSync(clipFile(clipOfWord(w)));
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  it('hold every clip of the table (phrases, letter names A–Z, the chime), and nothing else is needed for a call', () => {
    expect(allVoiceClips().filter((c) => !existsSync(clipFile(c)))).toEqual([]);
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') expect(existsSync(clipFile(letterClip(letter))), letter).toBe(true);
    for (const [label, counter] of [
      ['015', '2'],
      ['A015', '12'],
      ['D999', '3B'],
    ] as const) {
      expect(callOut(label, counter).clips.filter((c) => !existsSync(clipFile(c)))).toEqual([]);
    }
  });

  it('are mono 16 kHz 16-bit PCM and together well under 1 MB', () => {
    let total = 0;
    for (const clip of allVoiceClips()) {
      expect(wavFormat(clipFile(clip)), clip).toEqual({ format: 1, channels: 1, rate: 16_000, bits: 16 });
      total += statSync(clipFile(clip)).size;
    }
    expect(total).toBeLessThan(750 * 1024);
  });
});

describe('one call', () => {
  it('says "Mời công dân có số thứ tự không trăm mười lăm đến quầy số hai" after the chime', () => {
    const c = callOut('015', '2');
    expect(c.text).toBe('Mời công dân có số thứ tự không trăm mười lăm đến quầy số hai');
    expect(c.clips).toEqual(['chime', 'moi-cong-dan', 'khong', 'tram', 'muoi-huyen', 'lam', 'den-quay-so', 'hai']);
  });

  it('reads a letter series by its Vietnamese name: A "a", B "bê", C "xê", D "đê"', () => {
    expect(callOut('A015', '2').text).toBe('Mời công dân có số thứ tự a không trăm mười lăm đến quầy số hai');
    expect(callOut('B001', '21').text).toBe('Mời công dân có số thứ tự bê không trăm linh một đến quầy số hai mươi mốt');
    expect(callOut('C124', '1').clips.slice(2, 3)).toEqual(['letter-c']);
    expect(callOut('D105', '1').text).toContain('đê một trăm linh năm');
  });

  it('joined from the clips (as the page does, back to back) lasts a few seconds and is not silent (sox)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'voice-call-'));
    try {
      const out = join(dir, 'call.wav');
      const clips = callOut('A015', '2').clips.map(clipFile);
      execFileSync('sox', [...clips, out]);
      const seconds = Number(execFileSync('sox', ['--i', '-D', out], { encoding: 'utf8' }).trim());
      const sum = clips.reduce((s, f) => s + Number(execFileSync('sox', ['--i', '-D', f], { encoding: 'utf8' }).trim()), 0);
      expect(seconds).toBeCloseTo(sum, 2);
      expect(seconds).toBeGreaterThan(3);
      expect(seconds).toBeLessThan(9);
      // `stat` writes its table to stderr.
      const table = spawnSync('sox', [out, '-n', 'stat'], { encoding: 'utf8' }).stderr;
      const rms = Number(/RMS\s+amplitude:\s+([\d.]+)/.exec(table)?.[1]);
      console.log(`one call: ${seconds.toFixed(2)} s, RMS amplitude ${rms}`);
      expect(rms).toBeGreaterThan(0.05);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
