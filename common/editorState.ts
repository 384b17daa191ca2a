import { z } from 'zod';

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
}, editorStateSchema);

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

/** Plain text of a node and its descendants, blocks separated by newlines. */
export function plainText(node: SerializedNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  const parts = (node.children ?? []).map(plainText);
  const isContainer = node.type === 'root' || node.type === 'list';
  return parts.join(isContainer ? '\n' : '');
}
