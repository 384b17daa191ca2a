/**
 * Finds the words of a text that spell checking should look at, with their offsets in the
 * text (UTF-16 code units, as DOM ranges count). What is left out is what a dictionary
 * cannot judge: web addresses, e-mail addresses, file and domain names, all-caps acronyms
 * (EU, OECD, MPs), words with digits (G7, COVID-19, 2nd), @handles and #tags, single letters.
 */

/** A word to check: `text.slice(start, end)`. */
export interface WordToken {
  start: number;
  end: number;
  /** The word as the dictionary spells it: typographic apostrophes made straight. */
  word: string;
  /**
   * A hyphenated word's parts ("policy", "making" in "policy-making"), each a word to check
   * when the whole is not in the dictionary; empty for a word without hyphens.
   */
  parts: WordToken[];
}

const LETTER_OR_DIGIT = String.raw`\p{L}\p{M}\p{N}`;
// Apostrophes as typed (') and as word processors set them (’, ʼ); hyphens including the
// non-breaking ones. Either joins two runs of letters into one word.
const APOSTROPHES = `'\u2019\u02BC`;
const HYPHENS = `\\-\u2010\u2011`;
const WORD = new RegExp(`[${LETTER_OR_DIGIT}]+(?:[${APOSTROPHES}${HYPHENS}][${LETTER_OR_DIGIT}]+)*`, 'gu');
const HYPHEN = new RegExp(`[${HYPHENS}]`, 'u');
const DIGIT = /\p{N}/u;
const LETTERS = /[\p{L}\p{M}]/gu;

/**
 * Stretches of text that are not prose: addresses and names a dictionary would flag
 * letter by letter. Bare domain and file names ("canada.ca", "report.pdf", "e.g.") count:
 * a dot between two letters with no space after it does not happen in a sentence.
 */
const NOT_PROSE = new RegExp(
  [
    String.raw`\b(?:https?|ftp|file|mailto):[^\s<>"]+`,
    String.raw`\bwww\.[^\s<>"]+`,
    String.raw`[${LETTER_OR_DIGIT}._%+\-]+@[${LETTER_OR_DIGIT}\-]+(?:\.[${LETTER_OR_DIGIT}\-]+)+`,
    String.raw`[${LETTER_OR_DIGIT}\-]+(?:\.[${LETTER_OR_DIGIT}\-]+)+(?:/[^\s<>"]*)?`,
    // A handle or a hashtag is a name, not a word.
    String.raw`(?<![${LETTER_OR_DIGIT}])[@#][${LETTER_OR_DIGIT}_]+`,
  ].join('|'),
  'gu',
);

function notProseSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(NOT_PROSE)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/** EU, OECD, NATO, and their plurals as English writes them: MPs, NGOs. */
export function isAcronym(word: string): boolean {
  const letters = word.match(LETTERS) ?? [];
  if (letters.length < 2) return false;
  const body = letters.length > 2 && word.endsWith('s') ? word.slice(0, -1) : word;
  return body === body.toUpperCase() && body !== body.toLowerCase();
}

/** Single letters, acronyms and words with digits are never flagged. */
function isCheckable(word: string): boolean {
  if (DIGIT.test(word)) return false;
  if ((word.match(LETTERS) ?? []).length < 2) return false;
  return !isAcronym(word);
}

export function straightenApostrophes(word: string): string {
  return word.replace(/[\u2019\u02BC]/g, "'");
}

function token(text: string, start: number, end: number, parts: WordToken[] = []): WordToken {
  return { start, end, word: straightenApostrophes(text.slice(start, end)), parts };
}

/** The parts of a hyphenated word worth checking on their own (NATO-led: only "led"). */
function hyphenParts(text: string, start: number, end: number): WordToken[] {
  const parts: WordToken[] = [];
  let partStart = start;
  for (let index = start; index <= end; index++) {
    if (index === end || HYPHEN.test(text[index])) {
      if (isCheckable(text.slice(partStart, index))) parts.push(token(text, partStart, index));
      partStart = index + 1;
    }
  }
  return parts;
}

export function findWords(text: string): WordToken[] {
  const skipped = notProseSpans(text);
  const words: WordToken[] = [];
  let nextSkip = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    while (nextSkip < skipped.length && skipped[nextSkip][1] <= start) nextSkip++;
    if (nextSkip < skipped.length && skipped[nextSkip][0] < end) continue;
    const word = match[0];
    // A word with a digit anywhere (COVID-19) is a code or a name, in all its parts.
    if (DIGIT.test(word)) continue;
    if (HYPHEN.test(word)) {
      const parts = hyphenParts(text, start, end);
      if (parts.length > 0) words.push(token(text, start, end, parts));
    } else if (isCheckable(word)) {
      words.push(token(text, start, end));
    }
  }
  return words;
}
