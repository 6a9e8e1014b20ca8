/**
 * FAQ search and the FAQ assistant. Both work on folded text (foldKey: no diacritics, đ→d), so
 * "quen mat khau" finds "Quên mật khẩu". The assistant ranks entries with BM25 over unigrams and
 * bigrams (bigrams keep "mat khau" apart from "mat the"), then decides honestly: it answers only when
 * the best entry covers enough of the question's informative words (IDF-weighted). Words the corpus
 * has never seen count fully against coverage, so "giá vàng hôm nay" is not answered by an entry
 * that happens to contain "tham gia".
 */
import { foldKey } from '../../domain/text/vi-text';
import type { FaqTopic } from '../../../preload/contract/channels/support';
import type { FaqSource } from './faq-corpus';

/** Folded function words that carry no topic. Not "ban" (bạn / ban đầu) nor "the" (thẻ / thế): IDF weighs those. */
const STOPWORDS: ReadonlySet<string> = new Set([
  'toi',
  'la',
  'gi',
  'nhu',
  'nao',
  'co',
  'khong',
  'va',
  'cho',
  'thi',
  'cua',
  'cac',
  'mot',
  'de',
  'minh',
  'hay',
  'voi',
  'khi',
  'nay',
  'a',
  'oi',
  'xin',
  'hoi',
  'lam',
  'sao',
  'duoc',
  'phai',
  'can',
  'bi',
  'o',
  'vay',
  'ah',
  'em',
  'anh',
  'chi',
  'muon',
  'nhe',
]);

const K1 = 1.2;
const B = 0.75;
const QUESTION_WEIGHT = 2;
const QUESTION_BONUS = 3;
/** Share of the question's IDF mass the best entry must cover to be given as an answer. */
export const ANSWER_THRESHOLD = 0.6;

export interface FaqEntryOut {
  readonly id: string;
  readonly topic: FaqTopic;
  readonly question: string;
  readonly answer: string;
}

export type AskOutcome =
  | { readonly status: 'answered'; readonly entry: FaqEntryOut; readonly confidence: number }
  | { readonly status: 'unknown'; readonly confidence: number };

export function tokens(s: string): string[] {
  return foldKey(s)
    .split(' ')
    .filter((t) => t.length > 0 && !STOPWORDS.has(t));
}

function features(words: readonly string[]): string[] {
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}_${words[i + 1]}`);
  return out;
}

interface Doc {
  readonly entry: FaqEntryOut;
  /** The question's own words: a query that says the whole question ("mã số BHXH là gì") should win it. */
  readonly questionWords: ReadonlySet<string>;
  readonly tf: ReadonlyMap<string, number>;
  readonly length: number;
  /** Folded full text for the plain FAQ search. */
  readonly haystack: string;
}

export function createFaqAssistant(corpus: readonly FaqSource[]) {
  const docs: Doc[] = corpus.map((s) => {
    const tf = new Map<string, number>();
    const add = (f: string, w: number) => tf.set(f, (tf.get(f) ?? 0) + w);
    for (const f of features(tokens(s.question))) add(f, QUESTION_WEIGHT);
    for (const f of features(tokens(s.answer))) add(f, 1);
    for (const f of features(tokens(s.keywords ?? ''))) add(f, 1);
    let length = 0;
    for (const v of tf.values()) length += v;
    return {
      entry: { id: s.id, topic: s.topic, question: s.question, answer: s.answer },
      questionWords: new Set(tokens(s.question)),
      tf,
      length,
      haystack: ` ${foldKey(`${s.question} ${s.answer} ${s.keywords ?? ''}`)} `,
    };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.tf.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = docs.length;
  const avgLength = docs.reduce((a, d) => a + d.length, 0) / Math.max(1, n);
  const idf = (f: string) => Math.log(1 + (n - (df.get(f) ?? 0) + 0.5) / ((df.get(f) ?? 0) + 0.5));

  const bm25 = (d: Doc, query: readonly string[]) => {
    let score = 0;
    for (const f of query) {
      const tf = d.tf.get(f) ?? 0;
      if (tf === 0) continue;
      score += (idf(f) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / avgLength));
    }
    return score;
  };

  return {
    /** All entries, or those of a topic and/or containing every folded word of `text`, best first. */
    list(filter: { readonly text?: string | undefined; readonly topic?: FaqTopic | undefined }): FaqEntryOut[] {
      const inTopic = docs.filter((d) => filter.topic === undefined || d.entry.topic === filter.topic);
      const words = foldKey(filter.text ?? '')
        .split(' ')
        .filter((w) => w.length > 0);
      if (words.length === 0) return inTopic.map((d) => d.entry);
      const query = features(words.filter((w) => !STOPWORDS.has(w)));
      return inTopic
        .filter((d) => words.every((w) => d.haystack.includes(` ${w}`)))
        .map((d) => ({ d, s: bm25(d, query) }))
        .sort((a, b) => b.s - a.s)
        .map((x) => x.d.entry);
    },

    ask(question: string): AskOutcome {
      const words = [...new Set(tokens(question))];
      if (words.length === 0) return { status: 'unknown', confidence: 0 };
      const query = features(words);
      let best: Doc | undefined;
      let bestScore = 0;
      for (const d of docs) {
        // BM25 plus how much of the entry's own question the citizen's words cover.
        let inQuestion = 0;
        for (const w of words) if (d.questionWords.has(w)) inQuestion++;
        const s = bm25(d, query) + (QUESTION_BONUS * inQuestion) / Math.max(1, d.questionWords.size);
        if (s > bestScore) [best, bestScore] = [d, s];
      }
      if (!best) return { status: 'unknown', confidence: 0 };
      // Coverage of the question's unigrams by the best entry, weighted by how informative each word is.
      const maxIdf = idf('\u0000never-seen');
      let total = 0;
      let covered = 0;
      for (const w of words) {
        const weight = df.has(w) ? idf(w) : maxIdf;
        total += weight;
        if (best.tf.has(w)) covered += weight;
      }
      const confidence = Math.round((covered / total) * 100) / 100;
      return confidence >= ANSWER_THRESHOLD ? { status: 'answered', entry: best.entry, confidence } : { status: 'unknown', confidence };
    },
  };
}

export type FaqAssistant = ReturnType<typeof createFaqAssistant>;
