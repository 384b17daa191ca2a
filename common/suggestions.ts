import { z } from 'zod';
import { commentAuthorSchema, commentIdSchema } from './comments';
import type { SerializedEditorState, SerializedNode } from './editorState';

/**
 * Suggested changes. With Suggest changes on, typed text goes into an "insert" suggestion
 * node and deleted text stays in the body inside a "delete" suggestion node, each carrying
 * who suggested it and when, until someone accepts or rejects it. They live in the body, so
 * they travel with the note, its history, copies and bundles (note format 5).
 *
 * Everything that reads the note as it will go out (the print, the DOCX, word counts and the
 * page count) reads it with every suggestion accepted: `acceptedNodes`.
 */
export const SUGGESTION_NODE_TYPE = 'suggestion';

export const suggestionKindSchema = z.enum(['insert', 'delete']);
export type SuggestionKind = z.infer<typeof suggestionKindSchema>;

/** What a suggestion node carries besides its children. */
export const suggestionDataSchema = z.object({
  suggestionId: commentIdSchema,
  kind: suggestionKindSchema,
  author: commentAuthorSchema,
  createdAt: z.iso.datetime(),
});
export type SuggestionData = z.infer<typeof suggestionDataSchema>;

/** A suggestion as the Review panel lists it: one entry per id, its text joined across the nodes it spans. */
export interface ListedSuggestion extends SuggestionData {
  text: string;
}

export function isSuggestionNode(node: SerializedNode): boolean {
  return node.type === SUGGESTION_NODE_TYPE;
}

/**
 * The nodes as they read with every suggestion accepted: an insertion's children take its
 * place, a deletion goes with its text. Unchanged subtrees are shared, not copied, so a body
 * without suggestions comes back as the same array.
 */
export function acceptedNodes(nodes: readonly SerializedNode[]): SerializedNode[] {
  let changed = false;
  const out: SerializedNode[] = [];
  for (const node of nodes) {
    if (isSuggestionNode(node)) {
      changed = true;
      if (node.kind === 'insert') out.push(...acceptedNodes(node.children ?? []));
      continue;
    }
    const children = node.children;
    if (children) {
      const accepted = acceptedNodes(children);
      if (accepted !== children) {
        changed = true;
        out.push({ ...node, children: accepted });
        continue;
      }
    }
    out.push(node);
  }
  return changed ? out : (nodes as SerializedNode[]);
}

export function hasSuggestions(nodes: readonly SerializedNode[]): boolean {
  return nodes.some((node) => isSuggestionNode(node) || hasSuggestions(node.children ?? []));
}

/** The note with every suggestion in its body accepted (the same object when it has none). */
export function withSuggestionsAccepted<T extends { body: SerializedEditorState }>(note: T): T {
  const children = note.body.root.children;
  const accepted = acceptedNodes(children);
  return accepted === children ? note : { ...note, body: { ...note.body, root: { ...note.body.root, children: accepted } } };
}

function textOf(node: SerializedNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

/** The body's suggestions in document order, one per id; a node whose data does not read is left out. */
export function suggestionsIn(nodes: readonly SerializedNode[]): ListedSuggestion[] {
  const byId = new Map<string, ListedSuggestion>();
  const visit = (node: SerializedNode) => {
    if (isSuggestionNode(node)) {
      const data = suggestionDataSchema.safeParse(node);
      if (data.success) {
        const { suggestionId, kind, author, createdAt } = data.data;
        const listed = byId.get(suggestionId);
        if (listed) listed.text += textOf(node);
        else byId.set(suggestionId, { suggestionId, kind, author, createdAt, text: textOf(node) });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  nodes.forEach(visit);
  return [...byId.values()];
}
