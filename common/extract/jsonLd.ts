/**
 * What a page's JSON-LD (schema.org) blocks say about its article: the publication date,
 * the publisher's name, the author and the headline. Pages nest these in `@graph` arrays,
 * lists, and objects; a block that is not valid JSON is skipped.
 */
export interface JsonLdFacts {
  datePublished?: string;
  publisher?: string;
  author?: string;
  headline?: string;
}

const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|PressRelease|WebPage)$/;
/** Nodes visited at most, so a huge or looping structure cannot hold an import. */
const MAX_NODES = 2000;

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return ((value as { name: string }).name).trim() || undefined;
  return undefined;
}

function typeOf(node: Record<string, unknown>): string {
  const type = node['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

/** The facts of the first article-like node, with a WebSite's or Organization's name as the publisher if the article names none. */
export function readJsonLd(blocks: readonly string[]): JsonLdFacts {
  const facts: JsonLdFacts = {};
  let siteName: string | undefined;
  let visited = 0;
  const visit = (node: unknown): void => {
    if (visited++ > MAX_NODES || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const record = node as Record<string, unknown>;
    const type = typeOf(record);
    if (ARTICLE_TYPES.test(type) && !facts.datePublished && typeof record.datePublished === 'string') {
      facts.datePublished = record.datePublished;
      facts.publisher ??= nameOf(record.publisher);
      facts.author ??= nameOf(record.author);
      facts.headline ??= nameOf(record.headline);
    }
    if (/WebSite|Organization/.test(type) && !siteName) siteName = nameOf(record);
    if (record['@graph']) visit(record['@graph']);
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block));
    } catch {
      // Not JSON: pages carry templates and broken blocks; the other metadata still counts.
    }
  }
  if (!facts.publisher && siteName) facts.publisher = siteName;
  return facts;
}
