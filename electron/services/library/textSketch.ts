/**
 * Near-duplicate detection by shingling: a text becomes the set of hashes of its word
 * 5-grams, and two texts are near-identical when those sets overlap almost entirely
 * (Jaccard similarity). The library keeps only the smallest few hashes of each text (a
 * bottom-k sketch) in an index, to find candidates without comparing against every entry.
 */
export const SHINGLE_WORDS = 5;
export const SKETCH_SIZE = 8;
/** Jaccard similarity from which two texts count as the same document. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a: fast, stable across runs, good enough to tell word 5-grams apart. */
function fnv1a(text: string, hash = FNV_OFFSET): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash;
}

/**
 * The hashes of a text's word 5-grams. Each is the FNV-1a hash of the five words joined by
 * spaces, computed word by word without building the joined string (the sketches stored
 * in existing libraries depend on these exact values).
 */
export function shingles(text: string): Set<number> {
  const words = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const result = new Set<number>();
  if (words.length === 0) return result;
  if (words.length < SHINGLE_WORDS) {
    result.add(fnv1a(words.join(' ')) >>> 0);
    return result;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let hash = fnv1a(words[i]);
    for (let w = i + 1; w < i + SHINGLE_WORDS; w++) hash = fnv1a(words[w], Math.imul(hash ^ 32, FNV_PRIME));
    result.add(hash >>> 0);
  }
  return result;
}

/**
 * The SKETCH_SIZE smallest hashes, ascending: texts that share most shingles share most of
 * these. Kept by insertion into a short sorted list in one pass (sorting every hash of a
 * 5,000-word text took longer than hashing it).
 */
export function sketch(hashes: Set<number>): number[] {
  const smallest: number[] = [];
  for (const hash of hashes) {
    if (smallest.length === SKETCH_SIZE) {
      if (hash >= smallest[SKETCH_SIZE - 1]) continue;
      smallest.pop();
    }
    let at = smallest.length;
    while (at > 0 && smallest[at - 1] > hash) at--;
    smallest.splice(at, 0, hash);
  }
  return smallest;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const hash of small) if (large.has(hash)) shared++;
  return shared / (a.size + b.size - shared);
}
