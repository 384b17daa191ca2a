import type { SerializedNode } from './editorState';
import { plainText } from './editorState';
import { withoutCredentials } from './urls';
import { SNIPPET_FORMAT_VERSION, SNIPPET_NODE_TYPE, snippetDataSchema, type SnippetData, type SnippetSource } from './snippet';

/**
 * Reading linked snippets out of a note body, without the editor: finding them, numbering
 * their sources for the export, and freezing them. Pure functions over the serialized JSON,
 * shared by the printer, the DOCX export, the freshness check and the backlinks index.
 */

/** How a note's export cites its snippets' sources: numbered markers and a Sources list, or nothing. */
export const CITATION_STYLES = ['numbered', 'none'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
export const DEFAULT_CITATION_STYLE: CitationStyle = 'numbered';

/** A snippet node as found in a body, in document order. */
export interface FoundSnippet {
  node: SerializedNode;
  /** The snippet's data when it reads as this version's shape; null when damaged or newer. */
  data: SnippetData | null;
  /** Why `data` is null, in words for the user. */
  problem?: string;
  frozen: boolean;
  /** The author's text (the node's children). */
  text: string;
  /** 0-based position among the body's snippets. */
  position: number;
}

export function isSnippetNode(node: SerializedNode): boolean {
  return node.type === SNIPPET_NODE_TYPE;
}

/** The snippet data of a node, or why it cannot be used (damaged, or from a newer version). */
export function readSnippetData(node: SerializedNode): { data: SnippetData } | { problem: string } {
  const raw = node.snippet;
  const version = typeof raw === 'object' && raw !== null ? (raw as { formatVersion?: unknown }).formatVersion : undefined;
  if (typeof version === 'number' && version > SNIPPET_FORMAT_VERSION) {
    return { problem: `This snippet was written by a newer version of Brieflink (snippet format ${version}); it is kept as plain text.` };
  }
  const parsed = snippetDataSchema.safeParse(raw);
  if (!parsed.success) return { problem: 'This snippet’s source data is damaged; its text is kept as plain text.' };
  return { data: parsed.data };
}

/** Every linked snippet of a body, in document order. Snippets are not looked for inside snippets. */
export function findSnippets(root: readonly SerializedNode[]): FoundSnippet[] {
  const found: FoundSnippet[] = [];
  const visit = (nodes: readonly SerializedNode[]) => {
    for (const node of nodes) {
      if (!node || typeof node !== 'object') continue;
      if (isSnippetNode(node)) {
        const read = readSnippetData(node);
        found.push({
          node,
          data: 'data' in read ? read.data : null,
          ...('problem' in read ? { problem: read.problem } : {}),
          frozen: node.frozen === true,
          text: plainText(node),
          position: found.length,
        });
      } else if (Array.isArray(node.children)) {
        visit(node.children);
      }
    }
  };
  visit(root);
  return found;
}

export interface NumberedSource {
  number: number;
  source: SnippetSource;
}

export interface Citations {
  /** Each cited development once, numbered from 1 in order of first citation. */
  sources: NumberedSource[];
  /** Each snippet of the body in document order, with its source's number (null: no marker). */
  snippets: { snippetId: string | null; position: number; number: number | null }[];
}

/**
 * The numbered sources of a body. A source is one development (by id); the first snippet
 * citing it gives its title, publisher, date and URL. Damaged and newer-version snippets get
 * no number; with style 'none' nothing is numbered.
 */
export function collectCitations(root: readonly SerializedNode[], style: CitationStyle = 'numbered'): Citations {
  const numbers = new Map<string, number>();
  const sources: NumberedSource[] = [];
  const snippets = findSnippets(root).map(({ data, position }) => {
    if (!data || style === 'none') return { snippetId: data?.id ?? null, position, number: null };
    let number = numbers.get(data.source.developmentId);
    if (number === undefined) {
      number = sources.length + 1;
      numbers.set(data.source.developmentId, number);
      sources.push({ number, source: data.source });
    }
    return { snippetId: data.id, position, number };
  });
  return { sources, snippets };
}

/**
 * The body with each snippet node replaced by a fresh copy, and the marker number of each
 * copy. Printers look numbers up by node identity, so nothing in the note's own JSON can
 * pose as a numbered citation.
 */
export function markCitations(
  root: readonly SerializedNode[],
  citations: Citations,
): { root: SerializedNode[]; numberOf: (node: SerializedNode) => number | undefined } {
  const numbers = new Map(citations.sources.map((entry) => [entry.source.developmentId, entry.number]));
  const marked = new WeakMap<SerializedNode, number>();
  const visit = (node: SerializedNode): SerializedNode => {
    if (!node || typeof node !== 'object') return node;
    if (isSnippetNode(node)) {
      const copy: SerializedNode = { type: node.type, children: Array.isArray(node.children) ? node.children : [] };
      const read = readSnippetData(node);
      const number = 'data' in read ? numbers.get(read.data.source.developmentId) : undefined;
      if (number !== undefined) marked.set(copy, number);
      return copy;
    }
    return Array.isArray(node.children) ? { ...node, children: node.children.map(visit) } : node;
  };
  return { root: root.map(visit), numberOf: (node) => marked.get(node) };
}

/** A source URL worth a live link: http or https only. */
export function sourceLinkUrl(url: string | null): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? withoutCredentials(trimmed) : undefined;
}

/** "Title. Publisher, 2026-03-01." — the words of a Sources entry before its URL. */
export function sourceLine(source: SnippetSource): string {
  const title = source.title.trim() || 'Untitled source';
  const details = [source.publisher.trim(), source.publishedDate?.trim() ?? ''].filter((part) => part !== '').join(', ');
  return details ? `${title}. ${details}.` : `${title}.`;
}

/**
 * "Freeze links": every snippet marked frozen, its text and source data kept, so the note
 * keeps its citations but no longer follows the library. Returns a new body.
 */
export function freezeLinks<T extends { root: { children: SerializedNode[] } }>(body: T): T {
  const freeze = (node: SerializedNode): SerializedNode => {
    if (!node || typeof node !== 'object') return node;
    if (isSnippetNode(node)) return { ...node, frozen: true };
    return Array.isArray(node.children) ? { ...node, children: node.children.map(freeze) } : node;
  };
  return { ...body, root: { ...body.root, children: body.root.children.map(freeze) } };
}
