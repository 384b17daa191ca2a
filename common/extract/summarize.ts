import type { Sentence } from './sentences';
import { contentStems } from './text';

/*
 * Extractive summary and key points by a LexRank-style ranking: sentences are nodes, edges
 * are TF-IDF cosine similarities, and PageRank with a teleport vector biased to the start of
 * the text (news puts what matters first) gives each sentence a score. Maximal marginal
 * relevance then picks sentences that score well and do not repeat one another.
 */

/** Only this many leading sentences enter the graph: it grows with the square of their number. */
export const MAX_RANKED_SENTENCES = 300;
const DAMPING = 0.85;
const ITERATIONS = 30;
/** Edges below this similarity are noise from shared common words. */
const MIN_EDGE = 0.05;
/** MMR trade-off: 1 is pure score, 0 pure novelty. */
const MMR_LAMBDA = 0.7;
/** A candidate this similar to an already chosen sentence is a repeat and is skipped. */
const MAX_OVERLAP = 0.5;
const MIN_WORDS = 6;

type Vector = Map<string, number>;

function tfidfVectors(sentences: readonly Sentence[]): Vector[] {
  const stems = sentences.map((s) => contentStems(s.text, 120));
  const documentFrequency = new Map<string, number>();
  for (const words of stems) for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const n = sentences.length;
  return stems.map((words) => {
    const vector: Vector = new Map();
    for (const word of words) vector.set(word, (vector.get(word) ?? 0) + 1);
    let norm = 0;
    for (const [word, tf] of vector) {
      const weight = tf * Math.log(1 + n / (documentFrequency.get(word) ?? 1));
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    return vector;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, weight] of small) dot += weight * (large.get(word) ?? 0);
  return dot;
}

/** The prior: earlier sentences and paragraph leads get more of the teleport mass. */
function positionPrior(sentences: readonly Sentence[]): number[] {
  const raw = sentences.map((s) => (1 / Math.sqrt(1 + s.index)) * (s.leadsParagraph ? 1.3 : 1) * lengthFactor(s.text));
  const total = raw.reduce((sum, value) => sum + value, 0) || 1;
  return raw.map((value) => value / total);
}

/** Fragments and run-ons make poor summary sentences. */
function lengthFactor(text: string): number {
  const words = text.split(/\s+/).length;
  if (words < MIN_WORDS) return 0.2;
  if (words > 60) return 0.6;
  return 1;
}

function pageRank(similarity: number[][], prior: number[]): number[] {
  const n = prior.length;
  const outWeight = similarity.map((row) => row.reduce((sum, value) => sum + value, 0));
  let rank = [...prior];
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = prior.map((p) => (1 - DAMPING) * p);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (outWeight[i] === 0) {
        dangling += rank[i];
        continue;
      }
      const share = (DAMPING * rank[i]) / outWeight[i];
      const row = similarity[i];
      for (let j = 0; j < n; j++) if (row[j] > 0) next[j] += share * row[j];
    }
    // Sentences with no neighbours hand their rank back through the prior, keeping the total at 1.
    for (let j = 0; j < n; j++) next[j] += DAMPING * dangling * prior[j];
    rank = next;
  }
  return rank;
}

export interface RankedSentences {
  /** Sentences in MMR order: best first, repeats left out. */
  ordered: Sentence[];
}

/** Ranks sentences and orders them best first with redundancy removed. */
export function rankSentences(all: readonly Sentence[]): RankedSentences {
  const sentences = all.slice(0, MAX_RANKED_SENTENCES);
  if (sentences.length === 0) return { ordered: [] };
  const vectors = tfidfVectors(sentences);
  const n = sentences.length;
  const similarity = vectors.map((a, i) =>
    vectors.map((b, j) => {
      if (i === j) return 0;
      const value = cosine(a, b);
      return value >= MIN_EDGE ? value : 0;
    }),
  );
  const prior = positionPrior(sentences);
  const rank = pageRank(similarity, prior);
  // Blend with the prior itself: centrality alone favours long, wordy sentences.
  const score = rank.map((value, i) => 0.6 * value + 0.4 * prior[i]);
  const top = Math.max(...score) || 1;
  const chosen: number[] = [];
  const remaining = new Set(Array.from({ length: n }, (_, i) => i));
  while (remaining.size > 0 && chosen.length < 12) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of remaining) {
      const overlap = chosen.reduce((max, j) => Math.max(max, similarity[i][j]), 0);
      const value = MMR_LAMBDA * (score[i] / top) - (1 - MMR_LAMBDA) * overlap;
      if (overlap < MAX_OVERLAP && value > bestValue) {
        best = i;
        bestValue = value;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    remaining.delete(best);
  }
  return { ordered: chosen.map((i) => sentences[i]) };
}

/** 3 sentences for a short text, up to 5 for a long one; fewer if the text has fewer. */
export function summaryLength(sentenceCount: number): number {
  return Math.min(sentenceCount, Math.max(3, Math.min(5, Math.round(sentenceCount / 8))));
}

/** 4 key points for a short text, up to 8 for a long one. */
export function keyPointCount(sentenceCount: number): number {
  return Math.min(sentenceCount, Math.max(4, Math.min(8, Math.round(sentenceCount / 5))));
}

/** Leading connectives and attributions that a bullet point does without. */
const BULLET_TRIM = /^(?:However|Meanwhile|Moreover|Furthermore|In addition|Additionally|Also|Still|Separately|At the same time|For now|Simultaneously|Instead|Indeed),\s+/i;

export function asKeyPoint(sentence: string): string {
  const trimmed = sentence.replace(BULLET_TRIM, '').trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
