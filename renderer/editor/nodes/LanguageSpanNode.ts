import {
  $applyNodeReplacement,
  $createRangeSelection,
  $isDecoratorNode,
  $isElementNode,
  $isTextNode,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';
import { LANGUAGE_SPAN_NODE_TYPE } from '../../../common/noteLanguageFormat';
import { DEFAULT_SPELLING_LANGUAGE, isSpellingLanguage, type SpellingLanguage } from '../../../common/spelling/languages';

export type SerializedLanguageSpanNode = SerializedElementNode & {
  type: typeof LANGUAGE_SPAN_NODE_TYPE;
  version: 1;
  lang: SpellingLanguage;
};

/**
 * A passage written in another language than the note (a quoted French title in an English
 * note). It carries `lang`, in the editor's DOM and in print, so screen readers switch
 * language and the spell checker uses that language's dictionary.
 */
export class LanguageSpanNode extends ElementNode {
  __lang: SpellingLanguage;

  static getType(): string {
    return LANGUAGE_SPAN_NODE_TYPE;
  }

  static clone(node: LanguageSpanNode): LanguageSpanNode {
    return new LanguageSpanNode(node.__lang, node.__key);
  }

  static importJSON(json: SerializedLanguageSpanNode): LanguageSpanNode {
    // A tag the app does not know (a hand-edited file) falls back rather than going into the DOM.
    return $createLanguageSpanNode(isSpellingLanguage(json.lang) ? json.lang : DEFAULT_SPELLING_LANGUAGE).updateFromJSON(json);
  }

  constructor(lang: SpellingLanguage, key?: NodeKey) {
    super(key);
    this.__lang = lang;
  }

  updateFromJSON(json: LexicalUpdateJSON<SerializedLanguageSpanNode>): this {
    return super.updateFromJSON(json);
  }

  exportJSON(): SerializedLanguageSpanNode {
    return { ...super.exportJSON(), type: LANGUAGE_SPAN_NODE_TYPE, version: 1, lang: this.__lang };
  }

  getLanguage(): SpellingLanguage {
    return this.getLatest().__lang;
  }

  createDOM(_config: EditorConfig): HTMLElement {
    const span = document.createElement('span');
    span.lang = this.__lang;
    span.className = 'language-span';
    return span;
  }

  updateDOM(previous: LanguageSpanNode, dom: HTMLElement): boolean {
    if (previous.__lang !== this.__lang) dom.lang = this.__lang;
    return false;
  }

  isInline(): true {
    return true;
  }

  canBeEmpty(): false {
    return false;
  }

  canInsertTextBefore(): false {
    return false;
  }

  canInsertTextAfter(): false {
    return false;
  }

  extractWithChild(): boolean {
    return true;
  }
}

export function $createLanguageSpanNode(lang: SpellingLanguage): LanguageSpanNode {
  return $applyNodeReplacement(new LanguageSpanNode(lang));
}

export function $isLanguageSpanNode(node: LexicalNode | null | undefined): node is LanguageSpanNode {
  return node instanceof LanguageSpanNode;
}

/** Moves a marked passage's content back into its parent, dropping the mark. */
function $unwrap(span: LanguageSpanNode): void {
  for (const child of span.getChildren()) span.insertBefore(child);
  span.remove();
}

/**
 * Marks the selected text as written in `lang`, or in the note's own language when `lang` is
 * null (the marks in the selection are removed). Marks already in the selection are replaced,
 * so passages never nest. Adjacent inline nodes under one parent share one mark; blocks are
 * stepped through, each getting its own.
 */
export function $markSelectionLanguage(selection: RangeSelection, lang: SpellingLanguage | null): void {
  const forward = $createRangeSelection();
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  forward.anchor.set(start.key, start.offset, start.type);
  forward.focus.set(end.key, end.offset, end.type);
  // extract() splits the text nodes at the selection's ends.
  const nodes = forward.extract();
  for (const node of nodes) {
    const enclosing = node.getParents().find($isLanguageSpanNode);
    if (enclosing && enclosing.isAttached()) $unwrap(enclosing);
    if ($isLanguageSpanNode(node) && node.isAttached()) $unwrap(node);
  }
  if (lang === null) return;
  let current: LanguageSpanNode | undefined;
  for (const node of nodes) {
    if (!node.isAttached() || $isLanguageSpanNode(node)) continue;
    const inline = $isTextNode(node) || (($isElementNode(node) || $isDecoratorNode(node)) && node.isInline());
    if (!inline) continue;
    if (current && current.isParentOf(node)) continue;
    const parent = node.getParent();
    if (!current || !parent || !parent.is(current.getParent()) || !node.getPreviousSibling()?.is(current)) {
      current = $createLanguageSpanNode(lang);
      node.insertBefore(current);
    }
    current.append(node);
  }
}
