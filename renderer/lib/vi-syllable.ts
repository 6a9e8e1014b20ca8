/**
 * The Vietnamese syllable model shared by the Telex and VNI input engines (telex.ts, vni.ts).
 *
 * The engines never keep state between keystrokes: each key is applied to the text typed so far.
 * The last run of letters is parsed as one syllable (initial consonant + vowel nucleus + final
 * consonant + one tone), the key changes that model, and the syllable is rendered again with the
 * tone placed by rule. Because the tone is re-placed on every keystroke, marks may be typed early
 * ("tosan" → "toán") and a mark moves when the syllable grows ("hóa" + "n" → "hoán").
 *
 * Tone placement uses the style of canonicalText() in main/domain/text/vi-text.ts: in a final oa, oe,
 * uy the tone goes on the first vowel ("hòa", "khỏe", "thủy"); with a final consonant it goes on the
 * second ("hoàn", "huỳnh"); ơ and then any other marked vowel (â ă ê ô ư) always win ("thương", "quốc").
 *
 * A word that is not a Vietnamese syllable (e.g. "Hello", "aa" after an undo) is left alone: keys
 * are appended literally, which is also what makes "double-typing undoes" stable ("aaa" → "aa").
 */

export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** One letter: lower-case base with shape marks (â ă ê ô ơ ư đ) but no tone, and its case. */
export interface Letter {
  readonly ch: string;
  readonly upper: boolean;
}

export interface Syllable {
  readonly initial: readonly Letter[];
  readonly nucleus: readonly Letter[];
  readonly final: readonly Letter[];
  readonly tone: Tone;
}

/** What a modifier key asks for; the engines map their keys to these. */
export type Action =
  | { readonly kind: 'tone'; readonly tone: Tone }
  | { readonly kind: 'circumflex'; readonly base: 'a' | 'e' | 'o' | 'any' }
  | { readonly kind: 'horn' }
  | { readonly kind: 'breve' }
  /** Telex "w": breve on a, horn on o/u, and a bare "w" (no vowel yet) types "ư". */
  | { readonly kind: 'horn-or-breve' }
  | { readonly kind: 'stroke' };

const TONE_OF_MARK: Readonly<Record<string, Tone>> = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
const MARK_OF_TONE: Readonly<Record<Exclude<Tone, 0>, string>> = { 1: '\u0301', 2: '\u0300', 3: '\u0309', 4: '\u0303', 5: '\u0323' };

const VOWELS: ReadonlySet<string> = new Set([...'aăâeêioôơuưy']);
const CONSONANTS: ReadonlySet<string> = new Set([...'bcdđghklmnpqrstvx']);
const SHAPED: ReadonlySet<string> = new Set([...'âăêôư']);

/** Every prefix of a valid initial is itself listed, so partial syllables parse while typing. */
const INITIALS: ReadonlySet<string> = new Set([
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'ngh',
  'nh',
  'p',
  'ph',
  'q',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
]);
const FINALS: ReadonlySet<string> = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** Real nuclei plus the plain or half-marked forms a user passes through while typing them. */
const NUCLEI: ReadonlySet<string> = new Set([
  // single vowels
  ...'aăâeêioôơuưy',
  // real two- and three-vowel nuclei
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'oo',
  'ôi',
  'ơi',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ươ',
  'ưu',
  'yê',
  'iêu',
  'oai',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'uya',
  'uyê',
  'uyu',
  'ươi',
  'ươu',
  'yêu',
  // intermediates awaiting a modifier key
  'ie',
  'ye',
  'ue',
  'uo',
  'uu',
  'ưo',
  'ieu',
  'yeu',
  'uoi',
  'uou',
  'uye',
  'uay',
  'ưoi',
  'ưou',
]);

const text = (ls: readonly Letter[]): string => ls.map((l) => l.ch).join('');

/** Splits one character into letter and tone; null for anything that is not a Vietnamese letter. */
function splitChar(ch: string): { readonly letter: Letter; readonly tone: Tone } | null {
  const lower = ch.toLowerCase();
  let tone: Tone = 0;
  let rest = '';
  for (const c of lower.normalize('NFD')) {
    const t = TONE_OF_MARK[c];
    if (t === undefined) rest += c;
    else if (tone !== 0) return null;
    else tone = t;
  }
  const base = rest.normalize('NFC');
  if (!VOWELS.has(base) && !CONSONANTS.has(base)) return null;
  return { letter: { ch: base, upper: lower !== ch }, tone };
}

/**
 * Parses a word into a syllable, or null when it cannot be one. The nucleus is not checked here
 * (see isValid) so that callers can normalise it first.
 */
export function parseSyllable(word: string): Syllable | null {
  const letters: Letter[] = [];
  let tone: Tone = 0;
  for (const ch of word.normalize('NFC')) {
    const s = splitChar(ch);
    if (s === null) return null;
    if (s.tone !== 0) {
      if (tone !== 0) return null;
      tone = s.tone;
    }
    letters.push(s.letter);
  }
  let i = 0;
  while (i < letters.length && !VOWELS.has(letters[i]?.ch ?? '')) i++;
  // "gi" and "qu" are initials when another vowel follows ("gia", "quốc"); alone, the i/u is the nucleus ("gì").
  const lead = text(letters.slice(0, i));
  const next = letters[i]?.ch;
  const after = letters[i + 1]?.ch ?? '';
  if (((lead === 'g' && next === 'i') || (lead === 'q' && next === 'u')) && VOWELS.has(after)) i++;
  let j = i;
  while (j < letters.length && VOWELS.has(letters[j]?.ch ?? '')) j++;
  const initial = letters.slice(0, i);
  const nucleus = letters.slice(i, j);
  const final = letters.slice(j);
  if (!INITIALS.has(text(initial)) || !FINALS.has(text(final))) return null;
  if (nucleus.length === 0 && (final.length > 0 || tone !== 0)) return null;
  return { initial, nucleus, final, tone };
}

/** True when the nucleus is a real or in-progress Vietnamese nucleus (or empty, e.g. "ng", "đ"). */
export function isValid(s: Syllable): boolean {
  return s.nucleus.length === 0 || NUCLEI.has(text(s.nucleus));
}

/**
 * Completes "uơ"/"ưo" to "ươ" once something follows it ("thuơ" + "ng" → "thương"), while a bare
 * final "uơ" stays as typed ("thuở", "huơ").
 */
export function completeUo(s: Syllable): Syllable {
  const n = s.nucleus;
  const i = n.findIndex((l, k) => {
    const pair = l.ch + (n[k + 1]?.ch ?? '');
    return pair === 'uơ' || pair === 'ưo';
  });
  if (i < 0 || (i + 2 >= n.length && s.final.length === 0)) return s;
  return { ...s, nucleus: n.map((l, k) => (k === i ? { ...l, ch: 'ư' } : k === i + 1 ? { ...l, ch: 'ơ' } : l)) };
}

/** Index in the nucleus that carries the tone mark (see the file comment for the rules). */
export function toneIndex(nucleus: readonly Letter[], hasFinal: boolean): number {
  const n = nucleus.length;
  if (n <= 1) return 0;
  const horn = nucleus.findIndex((l) => l.ch === 'ơ');
  if (horn >= 0) return horn;
  for (let k = n - 1; k >= 0; k--) if (SHAPED.has(nucleus[k]?.ch ?? '')) return k;
  if (n >= 3) return 1;
  return hasFinal ? 1 : 0;
}

function renderLetter(l: Letter, tone: Tone): string {
  const ch = (tone === 0 ? l.ch : l.ch + MARK_OF_TONE[tone]).normalize('NFC');
  return l.upper ? ch.toUpperCase() : ch;
}

/** The syllable as NFC text, tone on its rule-given vowel. */
export function renderSyllable(s: Syllable): string {
  const at = toneIndex(s.nucleus, s.final.length > 0);
  return [
    ...s.initial.map((l) => renderLetter(l, 0)),
    ...s.nucleus.map((l, k) => renderLetter(l, k === at ? s.tone : 0)),
    ...s.final.map((l) => renderLetter(l, 0)),
  ].join('');
}

type Outcome =
  | { readonly kind: 'changed'; readonly syllable: Syllable }
  /** The mark was already there: it is removed and the key is typed as itself ("ass" → "as"). */
  | { readonly kind: 'undone'; readonly syllable: Syllable }
  | { readonly kind: 'none' };

const withNucleus = (s: Syllable, k: number, ch: string): Syllable => ({
  ...s,
  nucleus: s.nucleus.map((l, i) => (i === k ? { ...l, ch } : l)),
});

function lastIndex(ls: readonly Letter[], chars: string): number {
  for (let k = ls.length - 1; k >= 0; k--) if (chars.includes(ls[k]?.ch ?? '')) return k;
  return -1;
}

function circumflex(s: Syllable, base: 'a' | 'e' | 'o' | 'any'): Outcome {
  const family = { a: 'aăâ', e: 'eê', o: 'oôơ', any: 'aăâeêoôơ' }[base];
  const k = lastIndex(s.nucleus, family);
  if (k < 0) return { kind: 'none' };
  const ch = s.nucleus[k]?.ch ?? '';
  if ('âêô'.includes(ch)) return { kind: 'undone', syllable: withNucleus(s, k, { â: 'a', ê: 'e', ô: 'o' }[ch] ?? ch) };
  return { kind: 'changed', syllable: withNucleus(s, k, { a: 'â', ă: 'â', e: 'ê', o: 'ô', ơ: 'ô' }[ch] ?? ch) };
}

function breve(s: Syllable): Outcome {
  const k = lastIndex(s.nucleus, 'aăâ');
  if (k < 0) return { kind: 'none' };
  return s.nucleus[k]?.ch === 'ă'
    ? { kind: 'undone', syllable: withNucleus(s, k, 'a') }
    : { kind: 'changed', syllable: withNucleus(s, k, 'ă') };
}

function horn(s: Syllable): Outcome {
  const n = s.nucleus;
  const pairAt = n.findIndex((l, k) => {
    const next = n[k + 1];
    return 'uư'.includes(l.ch) && next !== undefined && 'oôơ'.includes(next.ch);
  });
  if (pairAt >= 0) {
    const u = n[pairAt]?.ch;
    const o = n[pairAt + 1]?.ch;
    const open = pairAt + 2 >= n.length && s.final.length === 0;
    if ((u === 'ư' && o === 'ơ') || (open && u === 'u' && o === 'ơ')) {
      return { kind: 'undone', syllable: withNucleus(withNucleus(s, pairAt, 'u'), pairAt + 1, 'o') };
    }
    // A bare final "uo" becomes "uơ" ("thuở"); completeUo() turns it into "ươ" when more follows.
    const first = open && u === 'u' ? 'u' : 'ư';
    return { kind: 'changed', syllable: withNucleus(withNucleus(s, pairAt, first), pairAt + 1, 'ơ') };
  }
  if (text(n) === 'ua') return { kind: 'changed', syllable: withNucleus(s, 0, 'ư') };
  const o = lastIndex(n, 'oôơ');
  if (o >= 0) {
    return n[o]?.ch === 'ơ' ? { kind: 'undone', syllable: withNucleus(s, o, 'o') } : { kind: 'changed', syllable: withNucleus(s, o, 'ơ') };
  }
  const u = n.findIndex((l) => 'uư'.includes(l.ch));
  if (u < 0) return { kind: 'none' };
  return n[u]?.ch === 'ư' ? { kind: 'undone', syllable: withNucleus(s, u, 'u') } : { kind: 'changed', syllable: withNucleus(s, u, 'ư') };
}

function stroke(s: Syllable): Outcome {
  const first = s.initial[0];
  if (s.initial.length !== 1 || first === undefined) return { kind: 'none' };
  if (first.ch === 'đ') return { kind: 'undone', syllable: { ...s, initial: [{ ...first, ch: 'd' }] } };
  if (first.ch === 'd') return { kind: 'changed', syllable: { ...s, initial: [{ ...first, ch: 'đ' }] } };
  return { kind: 'none' };
}

function tone(s: Syllable, t: Tone): Outcome {
  if (s.nucleus.length === 0) return { kind: 'none' };
  if (t === 0) return s.tone === 0 ? { kind: 'none' } : { kind: 'changed', syllable: { ...s, tone: 0 } };
  if (s.tone === t) return { kind: 'undone', syllable: { ...s, tone: 0 } };
  return { kind: 'changed', syllable: { ...s, tone: t } };
}

function apply(s: Syllable, action: Action, upperKey: boolean): Outcome {
  switch (action.kind) {
    case 'tone':
      return tone(s, action.tone);
    case 'circumflex':
      return circumflex(s, action.base);
    case 'breve':
      return breve(s);
    case 'horn':
      return horn(s);
    case 'horn-or-breve': {
      if (s.nucleus.length === 0 && s.final.length === 0) {
        return { kind: 'changed', syllable: { ...s, nucleus: [{ ch: 'ư', upper: upperKey }] } };
      }
      const a = text(s.nucleus) === 'ua' ? { kind: 'none' as const } : breve(s);
      return a.kind === 'none' ? horn(s) : a;
    }
    case 'stroke':
      return stroke(s);
    default: {
      const never: never = action;
      return never;
    }
  }
}

/** Splits text into what precedes the word being typed and that word (its trailing run of letters). */
function splitWord(buffer: string): readonly [string, string] {
  const m = /[\p{L}\p{M}]*$/u.exec(buffer);
  const word = m?.[0] ?? '';
  return [buffer.slice(0, buffer.length - word.length), word];
}

/** Appends a plain character, re-placing the tone when the word is still a syllable. */
function appendChar(head: string, word: string, ch: string): string {
  const s = parseSyllable(word + ch);
  if (s !== null) {
    const done = completeUo(s);
    if (isValid(done)) return head + renderSyllable(done);
  }
  return head + word + ch;
}

/**
 * One keystroke: `action` is what the key means as a modifier (null for a plain character).
 * When the modifier does not apply, letters are typed as letters and other keys as themselves.
 */
export function applyKeystroke(buffer: string, key: string, action: Action | null): string {
  const [head, word] = splitWord(buffer.normalize('NFC'));
  const literalLetter = /^\p{L}$/u.test(key);
  if (action !== null) {
    const s = parseSyllable(word);
    if (s !== null && isValid(s)) {
      const out = apply(s, action, key !== key.toLowerCase());
      if (out.kind !== 'none') {
        const next = completeUo(out.syllable);
        if (isValid(next)) {
          const rendered = renderSyllable(next);
          return (out.kind === 'undone' ? head + rendered + key : head + rendered).normalize('NFC');
        }
      }
    }
  }
  return (literalLetter ? appendChar(head, word, key) : head + word + key).normalize('NFC');
}
