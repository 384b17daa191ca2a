import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

/** Dropped with their text by the sanitizer, on top of its defaults (scripts, handlers, javascript: URLs). */
export const FORBIDDEN_TAGS = ['style', 'form', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'nav'];
const CONFIG: Config = { FORBID_TAGS: FORBIDDEN_TAGS, ADD_FORBID_CONTENTS: FORBIDDEN_TAGS, FORBID_ATTR: ['style'], IN_PLACE: true };
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

let sanitizer: { purify: DOMPurify; document: Document } | undefined;

/**
 * DOMPurify needs a full DOM implementation (linkedom lacks one: DOMPurify then reports
 * itself unsupported and would hand its input back untouched), so it runs on one jsdom
 * window made on first use and kept. The window never loads a page, runs scripts or fetches.
 */
function getSanitizer(): { purify: DOMPurify; document: Document } {
  if (!sanitizer) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    // Fail closed: an unsupported DOMPurify returns what it is given.
    if (!purify.isSupported) throw new Error('DOMPurify does not support this DOM; refusing to read HTML unsanitized.');
    sanitizer = { purify, document: window.document };
  }
  return sanitizer;
}

/**
 * A copy of `root`'s children in the sanitizer's DOM, sanitized there in place: scripts,
 * event handlers, styles, frames, forms and navigation are gone with their text.
 *
 * The copy is built node by node (elements, their attributes, text) rather than by
 * serializing the tree and letting jsdom parse the string: jsdom's parser appends a text
 * node's words one at a time and took most of an import's time on a text-heavy page. The
 * result is only ever read for its text, never serialized or shown.
 */
export function sanitizedCopy(root: Element): Element {
  const { purify, document } = getSanitizer();
  const container = document.createElement('div');
  copyChildren(root, container, document);
  purify.sanitize(container, CONFIG);
  return container;
}

function copyChildren(from: Node, to: Node, document: Document): void {
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      to.appendChild(document.createTextNode(child.nodeValue ?? ''));
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = copyElement(child as Element, document);
      // A name the DOM refuses (jsdom checks names, linkedom's parser does not) is an
      // unknown element, which the sanitizer would unwrap anyway: keep its children only.
      if (element) to.appendChild(element);
      copyChildren(child, element ?? to, document);
    }
    // Comments, processing instructions and doctypes carry no article text.
  }
}

function copyElement(source: Element, document: Document): Element | null {
  let element: Element;
  try {
    element = document.createElementNS(source.namespaceURI ?? HTML_NAMESPACE, source.localName);
  } catch {
    return null;
  }
  for (const { name, value } of Array.from(source.attributes)) {
    try {
      element.setAttribute(name, value);
    } catch {
      // An attribute name the DOM refuses is dropped, as the sanitizer drops unknown attributes.
    }
  }
  return element;
}
