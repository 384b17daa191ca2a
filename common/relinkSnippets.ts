import type { SerializedNode } from './editorState';
import { isSnippetNode, readSnippetData } from './citations';
import type { SnippetSource } from './snippet';

/**
 * Points every readable snippet citing `fromId` at another development (its source data and
 * revision), leaving the author's text as it is. Returns the new body and how many snippets moved.
 */
export function relinkSnippets<T extends { root: { children: SerializedNode[] } }>(
  body: T,
  fromId: string,
  source: SnippetSource,
  sourceRevision: number,
): { body: T; relinked: number } {
  let relinked = 0;
  const visit = (node: SerializedNode): SerializedNode => {
    if (!node || typeof node !== 'object') return node;
    if (isSnippetNode(node)) {
      const read = readSnippetData(node);
      if (!('data' in read) || read.data.source.developmentId !== fromId) return node;
      relinked++;
      return { ...node, snippet: { ...read.data, source, sourceRevision } };
    }
    return Array.isArray(node.children) ? { ...node, children: node.children.map(visit) } : node;
  };
  const children = body.root.children.map(visit);
  return { body: { ...body, root: { ...body.root, children } }, relinked };
}
