import type { SerializedEditorState, SerializedNode } from './editorState';
import { SNIPPET_FORMAT_VERSION, SNIPPET_NODE_TYPE, snippetDataSchema } from './snippet';

/**
 * Replaces every snippet whose data cannot be read (damaged, or written by a newer version)
 * with its own text, so the note opens and nothing the author wrote is lost. Returns the
 * body to load and how many snippets were turned into plain text.
 */
export function unwrapUnreadableSnippets(body: SerializedEditorState): { body: SerializedEditorState; unwrapped: number } {
  let unwrapped = 0;
  const visit = (nodes: SerializedNode[]): SerializedNode[] =>
    nodes.flatMap((node) => {
      const children = node.children ? visit(node.children) : undefined;
      if (node.type === SNIPPET_NODE_TYPE) {
        const data = snippetDataSchema.safeParse(node.snippet);
        const newer = typeof (node.snippet as { formatVersion?: unknown })?.formatVersion === 'number' && (node.snippet as { formatVersion: number }).formatVersion > SNIPPET_FORMAT_VERSION;
        if (!data.success || newer) {
          unwrapped++;
          return children ?? [];
        }
      }
      return [children ? { ...node, children } : node];
    });
  const children = visit(body.root.children);
  return unwrapped === 0 ? { body, unwrapped } : { body: { ...body, root: { ...body.root, children } }, unwrapped };
}
