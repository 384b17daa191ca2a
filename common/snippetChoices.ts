import { shortReference, type SnippetOrigin } from './snippet';
import type { DevelopmentForStatus } from './snippetStatus';

/** One thing the "[[" menu offers to insert from a development, in the order shown. */
export interface SnippetChoice {
  /** What it is: "Summary", "Key point 2", "Passage", "Citation only". */
  label: string;
  /** The text it inserts (shortened by the menu, not here). */
  text: string;
  origin: SnippetOrigin;
}

/** What the choices are made from: the fields a freshness check reads, less the revision. */
type ChoiceSource = Omit<DevelopmentForStatus, 'revision'>;

/** Sentences of a text with where they start and end in it: up to . ! ? (and a closing quote) or a line end. */
const SENTENCE = /[^\s.!?][^.!?\n]*(?:[.!?]+["'”’)]*|(?=\n)|$)/g;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The sentence of the full text that holds most of the query's words (the last word counts
 * as typed so far: "deepf" finds "deepfakes"); the first such sentence on a tie, the full
 * text's first sentence when none holds any. Offsets are into `fullText`, as a passage
 * snippet keeps them. Null for an empty text.
 */
export function passageFor(fullText: string, query: string): { start: number; end: number } | null {
  const queryWords = wordsOf(query);
  let best: { start: number; end: number; score: number } | null = null;
  for (const match of fullText.matchAll(SENTENCE)) {
    const text = match[0].trimEnd();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const words = wordsOf(text);
    const score = queryWords.filter((word, index) => words.some((candidate) => (index === queryWords.length - 1 ? candidate.startsWith(word) : candidate === word || candidate.startsWith(word)))).length;
    if (!best || score > best.score) best = { start: match.index, end: match.index + text.length, score };
  }
  return best && { start: best.start, end: best.end };
}

/** What can be inserted from a development: its summary, each key point, the passage that best matches the query, a citation. */
export function snippetChoices(development: ChoiceSource, query: string): SnippetChoice[] {
  const choices: SnippetChoice[] = [];
  if (development.summary.trim()) choices.push({ label: 'Summary', text: development.summary, origin: { kind: 'summary' } });
  development.keyPoints.forEach((point, index) => {
    if (point.text.trim()) choices.push({ label: `Key point ${index + 1}`, text: point.text, origin: { kind: 'key-point', keyPointId: point.id } });
  });
  const passage = passageFor(development.fullText, query);
  if (passage) choices.push({ label: 'Passage', text: development.fullText.slice(passage.start, passage.end), origin: { kind: 'passage', ...passage } });
  choices.push({ label: 'Citation only', text: shortReference(development), origin: { kind: 'citation' } });
  return choices;
}
