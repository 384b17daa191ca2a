import {
  $applyNodeReplacement,
  ElementNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
} from 'lexical';
import { shortReference, SNIPPET_NODE_TYPE, type SnippetData } from '../../../common/snippet';

export type SerializedLinkedSnippetNode = SerializedElementNode & {
  type: typeof SNIPPET_NODE_TYPE;
  version: 1;
  snippet: SnippetData;
  frozen?: boolean;
};

const chipText = (snippet: SnippetData) => shortReference(snippet.source);

/**
 * Library text in the note that remembers where it came from. The text inside is the
 * author's to edit; the node carries its source so the note can cite it anywhere.
 * Unreadable snippet data never reaches this class (see common/snippetBody.ts).
 */
export class LinkedSnippetNode extends ElementNode {
  __snippet: SnippetData;
  __frozen: boolean;

  static getType(): string {
    return SNIPPET_NODE_TYPE;
  }

  static clone(node: LinkedSnippetNode): LinkedSnippetNode {
    return new LinkedSnippetNode(node.__snippet, node.__frozen, node.__key);
  }

  static importJSON(json: SerializedLinkedSnippetNode): LinkedSnippetNode {
    return $createLinkedSnippetNode(json.snippet, json.frozen === true).updateFromJSON(json);
  }

  constructor(snippet: SnippetData, frozen = false, key?: NodeKey) {
    super(key);
    this.__snippet = snippet;
    this.__frozen = frozen;
  }

  updateFromJSON(json: LexicalUpdateJSON<SerializedLinkedSnippetNode>): this {
    return super.updateFromJSON(json);
  }

  exportJSON(): SerializedLinkedSnippetNode {
    return {
      ...super.exportJSON(),
      type: SNIPPET_NODE_TYPE,
      version: 1,
      snippet: this.__snippet,
      ...(this.__frozen ? { frozen: true } : {}),
    };
  }

  createDOM(): HTMLElement {
    const element = document.createElement('span');
    element.className = 'snippet';
    this.decorateDOM(element);
    return element;
  }

  updateDOM(previous: LinkedSnippetNode, element: HTMLElement): boolean {
    if (previous.__snippet !== this.__snippet || previous.__frozen !== this.__frozen) this.decorateDOM(element);
    return false;
  }

  private decorateDOM(element: HTMLElement): void {
    const { source } = this.__snippet;
    element.dataset.snippetId = this.__snippet.id;
    element.dataset.chip = this.__frozen ? `${chipText(this.__snippet)} · frozen` : chipText(this.__snippet);
    element.title = [source.title, source.publisher, source.publishedDate, source.url].filter(Boolean).join(' · ');
    element.classList.toggle('snippet-frozen', this.__frozen);
  }

  getSnippet(): SnippetData {
    return this.getLatest().__snippet;
  }

  setSnippet(snippet: SnippetData): this {
    const writable = this.getWritable();
    writable.__snippet = snippet;
    return writable;
  }

  isFrozen(): boolean {
    return this.getLatest().__frozen;
  }

  isInline(): true {
    return true;
  }

  canBeEmpty(): false {
    return false;
  }

  // Typing at either edge goes outside the snippet, so new words are the author's own.
  canInsertTextBefore(): false {
    return false;
  }

  canInsertTextAfter(): false {
    return false;
  }
}

export function $createLinkedSnippetNode(snippet: SnippetData, frozen = false): LinkedSnippetNode {
  return $applyNodeReplacement(new LinkedSnippetNode(snippet, frozen));
}

export function $isLinkedSnippetNode(node: LexicalNode | null | undefined): node is LinkedSnippetNode {
  return node instanceof LinkedSnippetNode;
}
