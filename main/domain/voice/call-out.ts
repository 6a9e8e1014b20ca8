/**
 * What the call board says for one call: "Mời công dân có số thứ tự không trăm mười lăm đến quầy số hai", as the
 * sentence (shown as text too, for the deaf) and as the clips the page joins (resources/voice/<clip>.wav, made by
 * scripts/make-voice-clips.mjs from resources/voice/clips.json). A letter series (A015, when services land) is read
 * by its Vietnamese letter name first: "a, không trăm mười lăm".
 */
import clipTable from '../../../resources/voice/clips.json';
import { DIGIT_WORDS, readNumberVi, readTicketNumberVi } from './vietnamese-number';

export const CHIME_CLIP = 'chime';
export const PHRASE_CLIPS = { invite: 'moi-cong-dan', toCounter: 'den-quay-so' } as const;

const byWord = new Map<string, string>(Object.entries(clipTable.words).map(([clip, word]) => [word, clip]));
const letterNames: Readonly<Record<string, string>> = clipTable.letters;

/** The clip of one number word; throws for a word no clip says (a test keeps the table complete). */
export function clipOfWord(word: string): string {
  const clip = byWord.get(word);
  if (clip === undefined) throw new Error(`no voice clip for the word "${word}"`);
  return clip;
}

export const letterClip = (letter: string): string => `letter-${letter.toLowerCase()}`;

/** The Vietnamese name of a Latin letter (A "a", B "bê", C "xê", D "đê"); null for anything else. */
export function letterNameVi(letter: string): string | null {
  return letterNames[letter.toUpperCase()] ?? null;
}

export interface CallOut {
  /** The sentence as spoken. */
  readonly text: string;
  /** The clips to play back to back, the chime first. */
  readonly clips: readonly string[];
}

interface Spoken {
  readonly words: string[];
  readonly clips: string[];
}

const numberWords = (words: readonly string[]): Spoken => ({ words: [...words], clips: words.map(clipOfWord) });

/** "A015" / "015": an optional letter series, then the number read with its hundreds. */
function spokenLabel(label: string): Spoken {
  const m = /^([A-Za-z]?)(\d{1,6})$/.exec(label.trim());
  if (m === null) return spokenCharacters(label);
  const letter = m[1] ?? '';
  const series: Spoken = letter === '' ? { words: [], clips: [] } : { words: [letterNameVi(letter) ?? ''], clips: [letterClip(letter)] };
  const number = numberWords(readTicketNumberVi(Number(m[2])));
  return { words: [...series.words, ...number.words], clips: [...series.clips, ...number.clips] };
}

/** A counter "2" is read as a number; a name like "2B" character by character (digits and letter names). */
function spokenCounter(counter: string): Spoken {
  const c = counter.trim();
  return /^\d{1,6}$/.test(c) ? numberWords(readNumberVi(Number(c))) : spokenCharacters(c);
}

function spokenCharacters(text: string): Spoken {
  const words: string[] = [];
  const clips: string[] = [];
  for (const ch of text) {
    if (/\d/.test(ch)) {
      const w = DIGIT_WORDS[Number(ch)] ?? 'không';
      words.push(w);
      clips.push(clipOfWord(w));
    } else {
      const name = letterNameVi(ch);
      if (name === null) continue; // spaces, dots: nothing to say
      words.push(name);
      clips.push(letterClip(ch));
    }
  }
  return { words, clips };
}

/** The call of ticket `label` to `counter`. */
export function callOut(label: string, counter: string): CallOut {
  const number = spokenLabel(label);
  const desk = spokenCounter(counter);
  const invite = clipTable.phrases[PHRASE_CLIPS.invite];
  const toCounter = clipTable.phrases[PHRASE_CLIPS.toCounter];
  return {
    text: [invite, ...number.words, toCounter, ...desk.words].join(' '),
    clips: [CHIME_CLIP, PHRASE_CLIPS.invite, ...number.clips, PHRASE_CLIPS.toCounter, ...desk.clips],
  };
}

/** Every clip name the table defines (phrases, words, letters, the chime): the files resources/voice must hold. */
export function allVoiceClips(): string[] {
  return [
    CHIME_CLIP,
    ...Object.keys(clipTable.phrases),
    ...Object.keys(clipTable.words),
    ...Object.keys(clipTable.letters).map(letterClip),
  ];
}
