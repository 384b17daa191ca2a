import { isArticleContainer, isSkipped, textOf, walk, type HtmlElement, type HtmlNode } from './htmlTree';

/** Elements that hold one paragraph of text each. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'td', 'th', 'dd', 'dt', 'figcaption']);
/** Blocks that count as the article's prose when choosing where the article is. */
const PROSE = new Set(['p', 'pre', 'td', 'blockquote']);
const MIN_PROSE_CHARS = 25;
const TOP_CANDIDATES = 5;

/**
 * The article's text, one paragraph per block, from a parsed page. The article is found the
 * way Readability finds it, in brief: every paragraph of prose scores by its length and
 * commas, its parent gets the score and its grandparent half; the best-scoring element
 * (discounted by the share of its text inside links) holds the article, widened to the
 * <article> or <main> around it if there is one. Navigation, asides, footers, forms,
 * scripts and hidden elements are left out wherever they are.
 */
export function articleText(body: HtmlNode): string {
  const root = articleRoot(body);
  const inside = root !== body;
  const blocks: string[] = [];
  walk(root, (element, _ancestors, inArticle) => {
    if (isSkipped(element, inside || inArticle)) return false;
    if (!BLOCKS.has(element.tagName) || hasBlockInside(element)) return true;
    blocks.push(normalize(textOf(element, true)));
    return false;
  });
  const parts = blocks.length > 0 ? blocks : [normalize(textOf(root, inside))];
  return parts.filter((part) => part.length > 0).join('\n\n');
}

function articleRoot(body: HtmlNode): HtmlNode {
  const scores = new Map<HtmlElement, number>();
  walk(body, (element, ancestors, inArticle) => {
    if (isSkipped(element, inArticle)) return false;
    if (!PROSE.has(element.tagName)) return true;
    const text = normalize(textOf(element, true));
    if (text.length < MIN_PROSE_CHARS) return false;
    const commas = text.split(',').length - 1;
    const score = 1 + commas + Math.min(3, Math.floor(text.length / 100));
    const parent = ancestors[ancestors.length - 1];
    const grandparent = ancestors[ancestors.length - 2];
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
    return false;
  });
  // Only the strongest few are weighed for links, as each weighing reads the element's whole subtree.
  let best: { element: HtmlElement; score: number } | null = null;
  for (const [element, score] of [...scores].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES)) {
    const adjusted = score * (1 - linkDensity(element));
    if (!best || adjusted > best.score) best = { element, score: adjusted };
  }
  if (!best) return body;
  return containerOf(body, best.element) ?? best.element;
}

/** The nearest <article>, <main> or role="main" element holding `target`, if any. */
function containerOf(body: HtmlNode, target: HtmlElement): HtmlElement | undefined {
  let container: HtmlElement | undefined;
  walk(body, (element, ancestors) => {
    if (element === target) container = [...ancestors, element].reverse().find(isArticleContainer);
    return container === undefined;
  });
  return container;
}

/** Share of an element's text that sits inside links: high for menus and lists of related stories. */
function linkDensity(element: HtmlElement): number {
  const total = textOf(element, true).length;
  if (total === 0) return 0;
  let linked = 0;
  walk(element, (child) => {
    if (child.tagName !== 'a') return true;
    linked += textOf(child, true).length;
    return false;
  });
  return Math.min(1, linked / total);
}

function hasBlockInside(element: HtmlElement): boolean {
  let found = false;
  walk(element, (child) => {
    if (BLOCKS.has(child.tagName)) found = true;
    return !found;
  });
  return found;
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
