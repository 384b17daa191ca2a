import { acceptedNodes } from './suggestions';
import { z } from 'zod';
import {
  editorState,
  headingNode,
  paragraphNode,
  plainText,
  textNode,
  TEXT_FORMAT,
  type SerializedEditorState,
  type SerializedNode,
} from './editorState';
import type { DecisionBlock, Template, TemplateSection } from './template';

/** The Brieflink node that prints a section's decision options and signature lines. */
export function decisionBlockNode(decision: DecisionBlock): SerializedNode {
  return { type: 'decision-block', version: 1, optionGroups: decision.optionGroups, signatureLines: decision.signatureLines };
}

function listNode(listType: 'number' | 'bullet'): SerializedNode {
  const item: SerializedNode = { type: 'listitem', children: [], direction: null, format: '', indent: 0, version: 1, value: 1 };
  return { type: 'list', listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul', children: [item], direction: null, format: '', indent: 0, version: 1 };
}

const QA_LABEL = /^\s*[QA]:\s*/;

/** A block with nothing to print: no text, or only a Q:/A: label a new Q&A section starts with. */
export function isBlankBlock(node: SerializedNode): boolean {
  return plainText(node).replace(QA_LABEL, '').trim() === '';
}

/** The empty body a section starts with, shaped by its layout. */
function sectionStart(section: TemplateSection): SerializedNode[] {
  const start =
    section.layout === 'numbered-points'
      ? [listNode('number')]
      : section.layout === 'questions-and-answers'
        ? [paragraphNode([textNode('Q: ', TEXT_FORMAT.bold)]), paragraphNode([textNode('A: ', TEXT_FORMAT.bold)])]
        : [paragraphNode()];
  return section.decision ? [...start, decisionBlockNode(section.decision)] : start;
}

/** A new note's body: each section's heading, then its starting shape. */
export function initialBody(template: Template): SerializedEditorState {
  return editorState(template.sections.flatMap((section) => [headingNode('h2', section.heading), ...sectionStart(section)]));
}

/** A run of non-space characters with at least one letter or digit: one word. */
const WORD = /\S*[\p{L}\p{N}]\S*/gu;

/**
 * Words as a reader counts them: runs with a letter or digit; Q:/A: labels do not count.
 * Counted by matching, without splitting into arrays: the live counts run it over a whole
 * long note a moment after each pause in typing.
 */
export function countWords(text: string): number {
  let words = 0;
  for (const line of text.split('\n')) {
    const counted = line.replace(QA_LABEL, '');
    WORD.lastIndex = 0;
    while (WORD.exec(counted)) words++;
  }
  return words;
}

export interface SectionStats {
  id: string;
  heading: string;
  words: number;
  wordLimit?: number;
  required: boolean;
  /** False when the user deleted the section's heading. */
  present: boolean;
}

export const sectionStatsSchema: z.ZodType<SectionStats> = z.object({
  id: z.string(),
  heading: z.string(),
  words: z.number().int().nonnegative(),
  wordLimit: z.number().int().optional(),
  required: z.boolean(),
  present: z.boolean(),
});

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Splits the body at the template's section headings (h2 whose text is a section heading)
 * and counts each section's words. Text before the first section heading counts nowhere.
 */
export function sectionStats(body: SerializedEditorState, template: Template): SectionStats[] {
  const byHeading = new Map(template.sections.map((section) => [normalise(section.heading), section]));
  const words = new Map<string, number>();
  let current: TemplateSection | undefined;
  // Counted as the note will read with every suggested change accepted.
  for (const node of acceptedNodes(body.root.children)) {
    if (node.type === 'heading' && node.tag === 'h2') {
      const section = byHeading.get(normalise(plainText(node)));
      if (section) {
        current = section;
        words.set(section.id, words.get(section.id) ?? 0);
        continue;
      }
    }
    if (current) words.set(current.id, (words.get(current.id) ?? 0) + countWords(plainText(node)));
  }
  return template.sections.map((section) => ({
    id: section.id,
    heading: section.heading,
    words: words.get(section.id) ?? 0,
    wordLimit: section.wordLimit,
    required: section.required,
    present: words.has(section.id),
  }));
}

export interface MissingItem {
  kind: 'field' | 'section';
  label: string;
}

/**
 * Required fields left empty and required sections with no text (from the body's `sectionStats`): flagged before export.
 * `metadata` is a note's (NoteMetadata), named by its shape: note.ts imports this file.
 */
export function missingRequired(template: Template, metadata: Readonly<Record<string, string>>, stats: readonly SectionStats[]): MissingItem[] {
  const fields = template.fields
    .filter((field) => field.required && !(metadata[field.id] ?? '').trim())
    .map((field) => ({ kind: 'field' as const, label: field.label }));
  const sections = stats
    .filter((stats) => stats.required && stats.words === 0)
    .map((stats) => ({ kind: 'section' as const, label: stats.heading }));
  return [...fields, ...sections];
}
