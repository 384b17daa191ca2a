/** A sentence of the body, with where it sits (the summary keeps document order). */
export interface Sentence {
  text: string;
  /** Position among all sentences of the body, from 0. */
  index: number;
  /** Paragraph number, from 0; a line break starts a new paragraph. */
  paragraph: number;
  /** True for the first sentence of its paragraph. */
  leadsParagraph: boolean;
}

/** Titles before a name: a period after them never ends a sentence. */
const TITLES = new Set('mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr hon'.split(' '));

/** Abbreviations that end a sentence only when a typical sentence opener follows. */
const ABBREVIATIONS = new Set(
  (
    'inc ltd corp co plc llc no nos vs etc al approx dept govt est fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec art para sec ch vol pp cf ie eg'
  ).split(' '),
);

/** Words that start sentences often enough that "U.S. The …" is two sentences. */
const SENTENCE_STARTERS = new Set(
  'The A An This That These Those It Its In On At But And However Meanwhile While Officials Critics He She They We I If As For Under'.split(' '),
);

/** Past this many words a "sentence" is cut into pieces, so no single one can swamp a summary. */
export const MAX_SENTENCE_WORDS = 90;

function endsWithAbbreviation(before: string, nextWord: string): boolean {
  const token = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  const bare = token.replace(/\.$/, '');
  if (TITLES.has(bare.toLowerCase())) return true;
  // An abbreviation, an initial ("J. Smith") or a dotted abbreviation ("U.S", "E.U") —
  // unless a typical sentence opener follows, in which case it ended the sentence.
  const abbreviated = ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare);
  return abbreviated && !SENTENCE_STARTERS.has(nextWord);
}

function splitParagraph(paragraph: string): string[] {
  const pieces: string[] = [];
  // The lookbehind starts a match only at the beginning of a run of end marks, so a run
  // of 100,000 periods is scanned once rather than once per period.
  const boundary = /(?<![.!?…])[.!?…]+["”’')\]]*\s+(?=["“‘'(\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    const nextWord = /^["“‘'(]?([\p{L}]+)/u.exec(paragraph.slice(end, end + 30))?.[1] ?? '';
    if (match[0].startsWith('.') && endsWithAbbreviation(paragraph.slice(Math.max(start, end - 40), match.index! + 1), nextWord)) continue;
    pieces.push(paragraph.slice(start, end).trim());
    start = end;
  }
  pieces.push(paragraph.slice(start).trim());
  return pieces.filter((piece) => piece.length > 0).flatMap(cutLongSentence);
}

function cutLongSentence(sentence: string): string[] {
  // More words than the limit need at least a character each and a space between them.
  if (sentence.length < MAX_SENTENCE_WORDS * 2 + 1) return [sentence];
  const words = sentence.split(/\s+/);
  if (words.length <= MAX_SENTENCE_WORDS) return [sentence];
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i += MAX_SENTENCE_WORDS) pieces.push(words.slice(i, i + MAX_SENTENCE_WORDS).join(' '));
  return pieces;
}

/** Splits a body into sentences; each non-empty line is a paragraph. */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const line of body.split(/\r?\n/)) {
    const trimmed = line.replace(/\s+/g, ' ').trim();
    if (!trimmed) continue;
    splitParagraph(trimmed).forEach((text, i) => {
      sentences.push({ text, index: sentences.length, paragraph, leadsParagraph: i === 0 });
    });
    paragraph++;
  }
  return sentences;
}
