#!/usr/bin/env node
/**
 * Makes the call board's voice clips (docs/call-board.md): one WAV per phrase, number word and letter name of
 * resources/voice/clips.json, said by Debian's espeak-ng (Vietnamese voice `vi`), plus the chime, made with sox.
 * The clips are committed, so a clone plays them without espeak-ng; run `npm run voice:clips` after editing the list.
 *
 * Every clip: mono, 16 kHz, 16-bit PCM (what Web Audio decodes everywhere), silence trimmed at both ends so the page
 * can join them back to back, peak-normalised so no word is quieter than its neighbours.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../resources/voice/', import.meta.url));
const table = JSON.parse(readFileSync(join(dir, 'clips.json'), 'utf8'));
const FORMAT = ['-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer'];
// Speech a little slower than espeak-ng's default (175 words a minute): a lobby is noisy and many listeners are old.
const SPEED = '150';

function need(tool) {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
  } catch {
    console.error(`${tool} is needed to make the voice clips (apt-get install -y espeak-ng sox); the committed clips still work.`);
    process.exit(1);
  }
}
need('espeak-ng');
need('sox');

const clips = [
  ...Object.entries(table.phrases),
  ...Object.entries(table.words),
  ...Object.entries(table.letters).map(([letter, name]) => [`letter-${letter.toLowerCase()}`, name.replace(/-/g, ' ')]),
];

const tmp = mkdtempSync(join(tmpdir(), 'voice-clips-'));
try {
  for (const [name, text] of clips) {
    const raw = join(tmp, `${name}.wav`);
    execFileSync('espeak-ng', ['-v', 'vi', '-s', SPEED, '-w', raw, text]);
    // silence 1 …: drop the leading silence; reverse twice to drop the trailing one too.
    execFileSync('sox', [
      raw,
      ...FORMAT,
      join(dir, `${name}.wav`),
      'silence',
      '1',
      '0.02',
      '0.5%',
      'reverse',
      'silence',
      '1',
      '0.02',
      '0.5%',
      'reverse',
      'gain',
      '-n',
      '-3',
      'pad',
      '0',
      '0.04',
    ]);
  }
  // The chime: two soft bell tones (G5 then E5) with a decay, before every call, so heads turn before the words.
  const hi = join(tmp, 'hi.wav');
  const lo = join(tmp, 'lo.wav');
  execFileSync('sox', [
    '-n',
    ...FORMAT,
    hi,
    'synth',
    '0.35',
    'sine',
    '784',
    'sine',
    '1568',
    'remix',
    '-',
    'fade',
    'q',
    '0.01',
    '0.35',
    '0.3',
  ]);
  execFileSync('sox', [
    '-n',
    ...FORMAT,
    lo,
    'synth',
    '0.6',
    'sine',
    '659',
    'sine',
    '1318',
    'remix',
    '-',
    'fade',
    'q',
    '0.01',
    '0.6',
    '0.55',
  ]);
  execFileSync('sox', [hi, lo, ...FORMAT, join(dir, 'chime.wav'), 'gain', '-n', '-6', 'pad', '0', '0.15']);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const wanted = new Set([...clips.map(([name]) => `${name}.wav`), 'chime.wav']);
for (const f of readdirSync(dir)) if (f.endsWith('.wav') && !wanted.has(f)) unlinkSync(join(dir, f));
const total = [...wanted].reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
console.log(`${wanted.size} clips in resources/voice, ${(total / 1024).toFixed(0)} KiB`);
