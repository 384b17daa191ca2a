import type { Sentence } from './sentences';
import type { ProposedSummary } from './types';
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
const ITERATIONS = 50;
const CONVERGED = 1e-6;
/** Edges below this similarity are noise from shared common words. */
const MIN_EDGE = 0.05;
/** A candidate this similar to an already chosen sentence is a repeat and is skipped. */
const MAX_OVERLAP = 0.5;
const MIN_WORDS = 6;
/** MMR stops after this many picks: the summary and the key points together need no more. */
const MAX_PICKED = 16;

/** A sparse unit vector: term ids in ascending order with their weights. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

/*
 * The vectors, graph and ranks below live in typed arrays filled by plain loops: building
 * them with TypedArray.from and a mapping function, or from arrays of small objects, took
 * most of the extraction's time (the graph of a 5,000-word article has tens of thousands
 * of edges).
 */
function tfidfVectors(stemsBySentence: readonly string[][]): { vectors: Vector[]; termCount: number } {
  const termIds = new Map<string, number>();
  const idsBySentence = stemsBySentence.map((stems) => {
    const ids = new Int32Array(stems.length);
    for (let k = 0; k < stems.length; k++) {
      let id = termIds.get(stems[k]);
      if (id === undefined) termIds.set(stems[k], (id = termIds.size));
      ids[k] = id;
    }
    return ids.sort();
  });
  const documentFrequency = new Float64Array(termIds.size);
  for (const ids of idsBySentence) for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) documentFrequency[ids[k]]++;
  const n = stemsBySentence.length;
  const vectors = idsBySentence.map((sorted) => {
    // Sorted ids with repeats: each run is one term, its length the term's count.
    let distinct = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
    const ids = new Int32Array(distinct);
    const weights = new Float64Array(distinct);
    let squares = 0;
    for (let k = 0, d = -1; k < sorted.length; k++) {
      if (k === 0 || sorted[k] !== sorted[k - 1]) ids[++d] = sorted[k];
      weights[d]++;
    }
    for (let d = 0; d < distinct; d++) {
      weights[d] *= Math.log(1 + n / documentFrequency[ids[d]]);
      squares += weights[d] * weights[d];
    }
    const norm = Math.sqrt(squares) || 1;
    for (let d = 0; d < distinct; d++) weights[d] /= norm;
    return { ids, weights };
  });
  return { vectors, termCount: termIds.size };
}

/** How the ranking is weighed; the defaults were chosen on the fixture articles (npm run bench). */
export interface RankingWeights {
  /** Position prior ∝ 1 / (1 + index)^decay: 0 ignores position, 1 strongly favours the lead. */
  positionDecay: number;
  /** Share of the final score taken by the prior itself rather than by graph centrality. */
  priorShare: number;
  /** MMR trade-off: 1 is pure score, 0 pure novelty. */
  mmrLambda: number;
  /** Extra weight for sentences sharing words with the title. */
  titleBonus: number;
}

export const DEFAULT_RANKING: RankingWeights = { positionDecay: 0.5, priorShare: 0.4, mmrLambda: 0.7, titleBonus: 1 };

/** The prior: earlier sentences and paragraph leads get more of the teleport mass. */
function positionPrior(sentences: readonly Sentence[], stemsBySentence: readonly string[][], weights: RankingWeights, titleStems: Set<string>): number[] {
  const raw = sentences.map((s, i) => {
    const stems = stemsBySentence[i];
    const titleShare = stems.length && titleStems.size ? stems.filter((stem) => titleStems.has(stem)).length / titleStems.size : 0;
    return (
      (1 / Math.pow(1 + s.index, weights.positionDecay)) *
      (s.leadsParagraph ? 1.3 : 1) *
      lengthFactor(s.text) *
      cueFactor(s.text) *
      (1 + weights.titleBonus * titleShare)
    );
  });
  const total = raw.reduce((sum, value) => sum + value, 0) || 1;
  return raw.map((value) => value / total);
}

/** A sentence leaning on the one before ("Under such a model", "This move") reads badly alone. */
const ANAPHORIC_START = /^(?:This|These|That|Those|It|Its|They|Their|Such|Under such|The move|The change|The decision|He|She|But|And)\b/;
/** Deadlines and next steps are what a policy reader looks for first. */
const NEXT_STEP = /\b(?:expected|due|deadline|takes? effect|enter(?:s)? into force|will (?:apply|begin|publish|decide|vote)|within|by the end of|next (?:week|month|year)|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/;

function cueFactor(text: string): number {
  return (ANAPHORIC_START.test(text) ? 0.6 : 1) * (NEXT_STEP.test(text) ? 1.3 : 1);
}

/** Fragments and run-ons make poor summary sentences. */
function lengthFactor(text: string): number {
  const words = text.split(/\s+/).length;
  if (words < MIN_WORDS) return 0.2;
  if (words > 60) return 0.6;
  return 1;
}

/**
 * Neighbours of each sentence with their similarity, in compressed rows: sentence i's
 * neighbours are neighbours[start[i]] … neighbours[start[i + 1] - 1], in ascending order.
 */
interface Graph {
  start: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
}

/** Similarities through an inverted index: only sentences that share a term are compared. */
function similarityGraph(vectors: Vector[], termCount: number): { graph: Graph; similarity: (i: number, j: number) => number } {
  const n = vectors.length;
  // Postings in compressed rows too: term t's (sentence, weight) pairs from postingStart[t], in sentence order.
  const postingStart = new Int32Array(termCount + 1);
  for (const { ids } of vectors) for (let k = 0; k < ids.length; k++) postingStart[ids[k] + 1]++;
  for (let t = 0; t < termCount; t++) postingStart[t + 1] += postingStart[t];
  const fill = postingStart.slice(0, termCount);
  const postingSentence = new Int32Array(postingStart[termCount]);
  const postingWeight = new Float64Array(postingStart[termCount]);
  for (let sentence = 0; sentence < n; sentence++) {
    const { ids, weights } = vectors[sentence];
    for (let k = 0; k < ids.length; k++) {
      const at = fill[ids[k]]++;
      postingSentence[at] = sentence;
      postingWeight[at] = weights[k];
    }
  }
  // Dot products accumulate in an n×n array (n is capped, so at most 720 KB).
  const dot = new Float64Array(n * n);
  for (let t = 0; t < termCount; t++) {
    const end = postingStart[t + 1];
    for (let a = postingStart[t]; a < end; a++) {
      const row = postingSentence[a] * n;
      const weight = postingWeight[a];
      for (let b = a + 1; b < end; b++) dot[row + postingSentence[b]] += weight * postingWeight[b];
    }
  }
  // Mirrored into the lower triangle, so a row is read straight through. The diagonal stays
  // 0: a sentence is no neighbour of itself, and similarity is only asked of two sentences.
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) dot[j * n + i] = dot[i * n + j];
  const similarity = (i: number, j: number) => dot[i * n + j];
  // Rows filled without a branch per pair: each pair is written, and the write position only
  // moves on for an edge. About a third of the pairs are edges, in no pattern a branch
  // predictor can follow; branching on each took 1.5 ms of a 5,000-word article's 7.
  const start = new Int32Array(n + 1);
  const neighbours = new Int32Array(n * n);
  const weights = new Float64Array(n * n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) {
      const value = dot[row + j];
      neighbours[at] = j;
      weights[at] = value;
      at += +(value >= MIN_EDGE);
    }
    start[i + 1] = at;
  }
  return { graph: { start, neighbours, weights }, similarity };
}

/**
 * Personalised PageRank, iterated until it settles. The graph is symmetric, so each
 * sentence gathers its new rank from its own row (neighbours in ascending order: the same
 * sums, in the same order, as spreading each sentence's rank to its neighbours).
 */
function pageRank({ start, neighbours, weights }: Graph, prior: number[]): Float64Array {
  const n = prior.length;
  const outWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let k = start[i]; k < start[i + 1]; k++) outWeight[i] += weights[k];
  let rank = Float64Array.from(prior);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (outWeight[i] === 0) dangling += rank[i];
      share[i] = outWeight[i] === 0 ? 0 : (DAMPING * rank[i]) / outWeight[i];
    }
    // Sentences with no neighbours hand their rank back through the prior, keeping the total at 1.
    let change = 0;
    for (let j = 0; j < n; j++) {
      let value = (1 - DAMPING) * prior[j];
      const end = start[j + 1];
      for (let k = start[j]; k < end; k++) value += share[neighbours[k]] * weights[k];
      value += DAMPING * dangling * prior[j];
      next[j] = value;
      change += Math.abs(value - rank[j]);
    }
    [rank, next] = [next, rank];
    if (change < CONVERGED) break;
  }
  return rank;
}

export interface RankedSentences {
  /** Sentences in MMR order: best first, repeats left out. */
  ordered: Sentence[];
}

/** Ranks sentences and orders them best first with redundancy removed. */
export function rankSentences(all: readonly Sentence[], title = '', weights: RankingWeights = DEFAULT_RANKING): RankedSentences {
  const sentences = all.slice(0, MAX_RANKED_SENTENCES);
  if (sentences.length === 0) return { ordered: [] };
  const known = new Map<string, string>();
  const stemsBySentence = sentences.map((s) => contentStems(s.text, 120, known));
  const { vectors, termCount } = tfidfVectors(stemsBySentence);
  const n = sentences.length;
  const { graph, similarity } = similarityGraph(vectors, termCount);
  const prior = positionPrior(sentences, stemsBySentence, weights, new Set(contentStems(title, 40, known)));
  const rank = pageRank(graph, prior);
  // Blend with the prior itself: centrality alone favours long, wordy sentences.
  const score = Array.from(rank, (value, i) => (1 - weights.priorShare) * value + weights.priorShare * prior[i]);
  const top = Math.max(...score) || 1;
  const chosen: number[] = [];
  const remaining = new Set(Array.from({ length: n }, (_, i) => i));
  while (remaining.size > 0 && chosen.length < MAX_PICKED) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of remaining) {
      const overlap = chosen.reduce((max, j) => Math.max(max, similarity(i, j)), 0);
      const value = weights.mmrLambda * (score[i] / top) - (1 - weights.mmrLambda) * overlap;
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

/** A sentence that can carry the news: long enough, and ending as a sentence does. */
function isNewsSentence(sentence: Sentence): boolean {
  return sentence.text.split(/\s+/).length >= 8 && /[.!?]["”’)]?$/.test(sentence.text);
}

/** Numbers, money, dates and duties are what a key point adds to a summary. */
const FACT = /\d|%|\b(?:must|shall|required?|requires|ban(?:s|ned)?|fines?|penalt(?:y|ies)|deadline|until|by the end|within|months?|years?|days?|million|billion|obligations?|duty|duties|applies|apply|exempt(?:s|ed|ion)?)\b/i;
/** Longest key point, in words: a bullet, not a paragraph. */
export const MAX_KEY_POINT_WORDS = 35;

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
}

/** Share of a candidate's words already in a text: a key point that mostly repeats the summary adds nothing. */
function repeats(candidate: string, seen: Set<string>): number {
  const words = wordSet(candidate);
  if (words.size === 0) return 1;
  let shared = 0;
  for (const word of words) if (seen.has(word)) shared++;
  return shared / words.size;
}

/** A sentence cut to at most MAX_KEY_POINT_WORDS at a clause break, or null when no break is early enough. */
export function shortenForKeyPoint(sentence: string): string | null {
  const words = sentence.split(/\s+/);
  if (words.length <= MAX_KEY_POINT_WORDS) return sentence;
  const head = words.slice(0, MAX_KEY_POINT_WORDS).join(' ');
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  if (cut < 0 || head.slice(0, cut).split(/\s+/).length < 12) return null;
  return `${head.slice(0, cut)}.`;
}

/**
 * The summary and the key points. The summary opens with the lead (news puts what happened
 * first) and adds the best-ranked sentences, in text order. Key points add what the summary
 * lacks: sentences with facts (numbers, dates, duties), from anywhere in the text, at most
 * one per paragraph until every paragraph has had its turn, none repeating the summary.
 */
export function summarizeSentences(sentences: readonly Sentence[], title: string): ProposedSummary {
  const ranked = rankSentences(sentences, title).ordered;
  const lead = sentences.find(isNewsSentence);
  const summaryCount = summaryLength(sentences.length);
  const summarySentences = [...(lead ? [lead] : []), ...ranked.filter((s) => s !== lead)].slice(0, summaryCount).sort((a, b) => a.index - b.index);
  const seen = wordSet(summarySentences.map((s) => s.text).join(' '));
  const inSummary = new Set(summarySentences);
  const candidates = ranked
    .filter((s) => !inSummary.has(s) && isNewsSentence(s))
    .map((s, rank) => ({ sentence: s, value: (FACT.test(s.text) ? 2 : 1) / (1 + rank * 0.15) }))
    .sort((a, b) => b.value - a.value);
  const chosen: Sentence[] = [];
  const points = new Map<Sentence, string>();
  const paragraphsUsed = new Set<number>();
  const count = keyPointCount(sentences.length);
  for (const spread of [true, false]) {
    for (const { sentence } of candidates) {
      if (chosen.length >= count || points.has(sentence) || (spread && paragraphsUsed.has(sentence.paragraph))) continue;
      const point = shortenForKeyPoint(asKeyPoint(sentence.text));
      if (!point || repeats(point, seen) > 0.6) continue;
      chosen.push(sentence);
      points.set(sentence, point);
      paragraphsUsed.add(sentence.paragraph);
      for (const word of wordSet(point)) seen.add(word);
    }
  }
  return {
    summary: summarySentences.map((s) => s.text).join(' '),
    keyPoints: chosen.sort((a, b) => a.index - b.index).map((s) => points.get(s)!),
  };
}

/** 3 sentences for a short text, up to 5 for a long one; fewer if the text has fewer distinct ones. */
export function summaryLength(sentenceCount: number): number {
  return Math.min(sentenceCount, Math.max(3, Math.min(5, Math.round(sentenceCount / 8))));
}

/** 4 key points for a short text, up to 8 for a long one. */
export function keyPointCount(sentenceCount: number): number {
  return Math.min(sentenceCount, Math.max(4, Math.min(8, Math.round(sentenceCount / 4))));
}

/** Leading connectives that a bullet point does without. */
const LEADING_CONNECTIVE = /^(?:However|Meanwhile|Moreover|Furthermore|In addition|Additionally|Also|Still|Separately|At the same time|For now|Simultaneously|Instead|Indeed|In practice),\s+/i;
/** "(MeitY)", "(IMDA)": acronym definitions repeat the name. */
const PARENTHESIS = /\s*\((?:\p{Lu}[\p{L}&-]{1,9}|[^)]{1,3})\)/gu;

/**
 * A sentence as a bullet point: without leading connectives and acronym definitions. Who
 * said it stays: "officials said" or "according to" is part of the fact, and dropping it
 * turns a report into a statement.
 */
export function asKeyPoint(sentence: string): string {
  const point = sentence.replace(LEADING_CONNECTIVE, '').replace(PARENTHESIS, '').trim();
  return point.charAt(0).toUpperCase() + point.slice(1);
}
