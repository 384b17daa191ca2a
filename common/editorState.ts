import { z } from 'zod';
import { SNIPPET_NODE_TYPE } from './snippet';

/**
 * The parts of Lexical's serialized editor state that Brieflink reads outside the editor
 * (printing, word counts). Unknown keys are kept, so a newer node's data survives a save.
 */
export interface SerializedNode {
  type: string;
  children?: SerializedNode[];
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  [key: string]: unknown;
}

export const serializedNodeSchema: z.ZodType<SerializedNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    children: z.array(serializedNodeSchema).optional(),
    text: z.string().optional(),
    format: z.union([z.number(), z.string()]).optional(),
    tag: z.string().optional(),
    listType: z.string().optional(),
  }),
);

export const editorStateSchema = z.looseObject({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(serializedNodeSchema),
  }),
});
export type SerializedEditorState = z.infer<typeof editorStateSchema>;

/**
 * The node types a note body of this format may hold: Lexical's own, those of the editor's
 * node list (renderer/editor/nodes) and Brieflink's. The editor drops a node of any other
 * type and everything after it, and its next save would write that loss; so a note holding
 * one is damaged, and a body holding one is not saved.
 */
export const NOTE_NODE_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'table',
  'tablerow',
  'tablecell',
  'horizontalrule',
  'page-break',
  'decision-block',
  // Around commented text (common/comments.ts); older versions drop it, but they open a note with comments read-only.
  'mark',
  SNIPPET_NODE_TYPE,
  // A passage in another language (LANGUAGE_SPAN_NODE_TYPE in noteLanguageFormat.ts, which reads this file's types).
  'language-span',
  // A suggested insertion or deletion (SUGGESTION_NODE_TYPE in suggestions.ts, which reads this file's types).
  'suggestion',
]);

/** The first node type outside NOTE_NODE_TYPES, in document order, or null. */
function unknownNodeType(node: SerializedNode): string | null {
  if (!NOTE_NODE_TYPES.has(node.type)) return node.type;
  for (const child of node.children ?? []) {
    const found = unknownNodeType(child);
    if (found !== null) return found;
  }
  return null;
}

/** A note body: an editor state holding only the node types the editor knows. */
export const noteBodySchema = editorStateSchema.superRefine((state, context) => {
  const unknown = unknownNodeType(state.root);
  if (unknown !== null) {
    context.addIssue({ code: 'custom', path: ['root'], message: `the body holds a node of type "${unknown.slice(0, 40)}", which this version of Brieflink does not know` });
  }
});

/**
 * A note body sent to be saved: the editor sends its JSON text, written a block at a time
 * (a long note is never built as one tree of objects in the window); a serialized state
 * object is taken as well.
 */
export const editorStateOrTextSchema = z.preprocess((value: string | SerializedEditorState, context) => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    context.addIssue({ code: 'custom', message: 'the note body is not valid JSON' });
    return z.NEVER;
  }
}, noteBodySchema);

/** Lexical's text format bits (TextNode.format). */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const;

export function textNode(text: string, format = 0): SerializedNode {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

function blockBase(children: SerializedNode[]) {
  return { children, direction: null, format: '', indent: 0, version: 1 };
}

export function paragraphNode(children: SerializedNode[] = []): SerializedNode {
  return { type: 'paragraph', ...blockBase(children), textFormat: 0, textStyle: '' };
}

export function headingNode(tag: 'h1' | 'h2' | 'h3', text: string): SerializedNode {
  return { type: 'heading', tag, ...blockBase([textNode(text)]) };
}

export function editorState(children: SerializedNode[]): SerializedEditorState {
  return { root: { type: 'root', ...blockBase(children) } };
}

/** What separates the children of a container node's plain text; other nodes' children run on. */
const CHILD_SEPARATOR: ReadonlyMap<string, string> = new Map([
  ['root', '\n'],
  ['list', '\n'],
  ['table', '\n'],
  ['tablecell', '\n'],
  ['tablerow', '\t'],
]);

/** Plain text of a node and its descendants: blocks on lines of their own, a table's cells tab-separated. */
export function plainText(node: SerializedNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(plainText).join(CHILD_SEPARATOR.get(node.type) ?? '');
}
