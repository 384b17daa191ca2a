import { textNode, type SerializedNode } from '../../common/editorState';
import { SNIPPET_FORMAT_VERSION, SNIPPET_NODE_TYPE, type SnippetData, type SnippetOrigin, type SnippetSource } from '../../common/snippet';

export interface SnippetSeed {
  id: string;
  developmentId: string;
  text: string;
  title?: string;
  publisher?: string;
  publishedDate?: string | null;
  url?: string | null;
  origin?: SnippetOrigin;
  sourceRevision?: number;
  frozen?: boolean;
}

export function snippetSource(seed: Pick<SnippetSeed, 'developmentId' | 'title' | 'publisher' | 'publishedDate' | 'url'>): SnippetSource {
  return {
    developmentId: seed.developmentId,
    title: seed.title ?? `Title of ${seed.developmentId}`,
    publisher: seed.publisher ?? 'Publisher',
    publishedDate: seed.publishedDate === undefined ? '2026-02-01' : seed.publishedDate,
    url: seed.url === undefined ? `https://example.org/${seed.developmentId}` : seed.url,
  };
}

/** A linked-snippet node as the editor serializes it. */
export function snippetNode(seed: SnippetSeed): SerializedNode {
  const snippet: SnippetData = {
    formatVersion: SNIPPET_FORMAT_VERSION,
    id: seed.id,
    source: snippetSource(seed),
    origin: seed.origin ?? { kind: 'summary' },
    sourceRevision: seed.sourceRevision ?? 1,
    insertedText: seed.text,
  };
  return { type: SNIPPET_NODE_TYPE, version: 1, snippet, ...(seed.frozen ? { frozen: true } : {}), children: [textNode(seed.text)] };
}
