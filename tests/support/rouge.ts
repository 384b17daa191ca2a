/**
 * ROUGE-N and ROUGE-L F-scores (Lin, 2004), on lower-case tokens with punctuation removed.
 * ROUGE-L here is the longest common subsequence of the whole candidate and the whole
 * reference, each joined into one token sequence.
 */

export interface RougeScore {
  precision: number;
  recall: number;
  f: number;
}

export function tokenize(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter(Boolean);
}

function score(overlap: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = candidateCount ? overlap / candidateCount : 0;
  const recall = referenceCount ? overlap / referenceCount : 0;
  const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f };
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const c = ngrams(tokenize(candidate), n);
  const r = ngrams(tokenize(reference), n);
  let overlap = 0;
  for (const [gram, count] of r) overlap += Math.min(count, c.get(gram) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((sum, v) => sum + v, 0);
  return score(overlap, total(c), total(r));
}

export function lcsLength(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    previous = current;
  }
  return previous[b.length];
}

export function rougeL(candidate: string, reference: string): RougeScore {
  const c = tokenize(candidate);
  const r = tokenize(reference);
  return score(lcsLength(c, r), c.length, r.length);
}
