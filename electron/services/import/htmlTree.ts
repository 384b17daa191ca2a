import type { DefaultTreeAdapterTypes } from 'parse5';

export type HtmlNode = DefaultTreeAdapterTypes.Node;
export type HtmlElement = DefaultTreeAdapterTypes.Element;

/** Elements whose content is never article text: code, styling, embedded objects, forms, page furniture. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math',
  'canvas', 'video', 'audio', 'picture', 'map', 'form', 'button', 'select', 'textarea', 'input', 'nav', 'aside',
  'footer', 'dialog', 'menu',
]);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'search']);
/** Class or id words that mark page furniture rather than the article (as Readability also judges). */
const FURNITURE = /(?:^|[\s_-])(?:comments?|sidebar|share|sharing|social|related|promo|advert|ads|sponsor(?:ed)?|newsletter|subscribe|cookie|breadcrumbs?|popup|modal|masthead|skip-link)(?:$|[\s_-])/i;

export const isElement = (node: HtmlNode): node is HtmlElement => 'tagName' in node;

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/**
 * Whether an element holds no article text: scripts and the like, hidden elements,
 * navigation and other landmarks around the article, comment threads, share bars. A page
 * header is skipped unless it sits inside the article (where it holds the headline).
 */
export function isSkipped(element: HtmlElement, insideArticle: boolean): boolean {
  if (SKIPPED.has(element.tagName)) return true;
  if (element.tagName === 'header' && !insideArticle) return true;
  if (attr(element, 'hidden') !== undefined || attr(element, 'aria-hidden') === 'true') return true;
  const role = attr(element, 'role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  const names = `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`;
  return names.length > 1 && FURNITURE.test(names);
}

export const isArticleContainer = (element: HtmlElement) =>
  element.tagName === 'article' || element.tagName === 'main' || attr(element, 'role') === 'main' || attr(element, 'itemprop') === 'articleBody';

/**
 * Visits every element under `root` in document order, without recursion (a hostile page
 * can nest elements deeper than the call stack). `visit` gets the element's ancestors
 * (nearest last) and whether one of them is an article container; it returns false to skip
 * the element's content.
 */
export function walk(
  root: HtmlNode,
  visit: (element: HtmlElement, ancestors: readonly HtmlElement[], inArticle: boolean) => boolean,
): void {
  const stack: Array<{ node: HtmlNode; depth: number; inArticle: boolean }> = [{ node: root, depth: 0, inArticle: false }];
  const ancestors: HtmlElement[] = [];
  while (stack.length > 0) {
    const { node, depth, inArticle } = stack.pop()!;
    ancestors.length = depth;
    let childrenInArticle = inArticle;
    if (isElement(node)) {
      if (node !== root && !visit(node, ancestors, inArticle)) continue;
      ancestors.push(node);
      childrenInArticle ||= isArticleContainer(node);
    }
    const children = 'childNodes' in node ? node.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: ancestors.length, inArticle: childrenInArticle });
  }
}

/** The text under `root` as textContent would give it, leaving out skipped elements. */
export function textOf(root: HtmlNode, insideArticle: boolean): string {
  let text = '';
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value;
    else if (isElement(node) && node !== root && isSkipped(node, insideArticle)) continue;
    else if (isElement(node) && node.tagName === 'br') text += ' ';
    const children = 'childNodes' in node ? node.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return text;
}

/** The first element with this tag name, in document order. */
export function findFirst(root: HtmlNode, tagName: string): HtmlElement | undefined {
  let found: HtmlElement | undefined;
  walk(root, (element) => {
    if (!found && element.tagName === tagName) found = element;
    return !found;
  });
  return found;
}
