import { z } from 'zod';
import type { SerializedNode } from './editorState';
import { DEFAULT_NOTE_LANGUAGE } from './noteLanguage';
import { SPELLING_LANGUAGES } from './spelling/languages';

/** A note's (or a passage's) language, as the note file stores it: one of the tags the app checks and prints. */
export const noteLanguageSchema = z.enum(SPELLING_LANGUAGES);

/**
 * The inline node that marks a passage as written in another language (a quoted French
 * title in an English note). Printed as <span lang="…">, so screen readers switch.
 */
export const LANGUAGE_SPAN_NODE_TYPE = 'language-span';

function holdsLanguageSpan(node: SerializedNode): boolean {
  if (node.type === LANGUAGE_SPAN_NODE_TYPE) return true;
  return (node.children ?? []).some(holdsLanguageSpan);
}

/**
 * Whether a note records a language that format 3 cannot keep: format 3 apps drop keys they
 * do not know when they read a note (zod strips them), so a French note edited there would
 * silently turn English, and they refuse a body with a node type they do not know. Canadian
 * English is what a note without a language reads as, so it needs nothing new.
 */
export function recordsLanguage(note: { language?: string; body: { root: SerializedNode } }): boolean {
  return (note.language !== undefined && note.language !== DEFAULT_NOTE_LANGUAGE) || holdsLanguageSpan(note.body.root);
}
