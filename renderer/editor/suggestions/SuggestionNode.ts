import { $applyNodeReplacement, ElementNode, type EditorConfig, type LexicalNode, type LexicalUpdateJSON, type NodeKey, type SerializedElementNode } from 'lexical';
import { SUGGESTION_NODE_TYPE, suggestionDataSchema, suggestionVerb, type SuggestionData } from '../../../common/suggestions';
import { dateTimeShown } from '../../../common/dates/dateTimeShown';

export type SerializedSuggestionNode = SerializedElementNode & SuggestionData & { type: typeof SUGGESTION_NODE_TYPE; version: 1 };

const UNREADABLE: SuggestionData = { suggestionId: 'unreadable', kind: 'insert', author: { name: '', initials: '', office: '' }, createdAt: new Date(0).toISOString() };

/**
 * Text suggested for insertion (drawn underlined, as <ins>), for deletion (struck through, as
 * <del>) or for a formatting change (already drawn with it, and outlined) by someone, waiting
 * to be accepted or rejected. Typing at the end of an insertion goes on inside it; typing next
 * to a deletion or a formatting change goes outside, into an insertion of its own.
 */
export class SuggestionNode extends ElementNode {
  __data: SuggestionData;

  static getType(): string {
    return SUGGESTION_NODE_TYPE;
  }

  static clone(node: SuggestionNode): SuggestionNode {
    return new SuggestionNode(node.__data, node.__key);
  }

  static importJSON(json: SerializedSuggestionNode): SuggestionNode {
    // Damaged data (a hand-edited file) still opens: the text is kept as a suggestion to decide on.
    const data = suggestionDataSchema.safeParse(json);
    return $createSuggestionNode(data.success ? data.data : UNREADABLE).updateFromJSON(json);
  }

  constructor(data: SuggestionData, key?: NodeKey) {
    super(key);
    this.__data = data;
  }

  updateFromJSON(json: LexicalUpdateJSON<SerializedSuggestionNode>): this {
    return super.updateFromJSON(json);
  }

  exportJSON(): SerializedSuggestionNode {
    return { ...super.exportJSON(), ...this.__data, type: SUGGESTION_NODE_TYPE, version: 1 };
  }

  getData(): SuggestionData {
    return this.getLatest().__data;
  }

  getSuggestionId(): string {
    return this.getLatest().__data.suggestionId;
  }

  isInsertion(): boolean {
    return this.getLatest().__data.kind === 'insert';
  }

  isDeletion(): boolean {
    return this.getLatest().__data.kind === 'delete';
  }

  createDOM(_config: EditorConfig): HTMLElement {
    const { kind, author, createdAt } = this.__data;
    const element = document.createElement(kind === 'insert' ? 'ins' : kind === 'delete' ? 'del' : 'span');
    element.className = `suggestion suggestion-${kind}`;
    element.dataset.suggestionId = this.__data.suggestionId;
    const when = dateTimeShown(createdAt);
    const what = kind === 'insert' ? 'Inserted' : kind === 'delete' ? 'Deleted' : `${suggestionVerb(this.__data)} (suggested)`;
    element.title = `${what} by ${author.name || 'someone'}, ${when}`;
    return element;
  }

  updateDOM(): boolean {
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

  canInsertTextAfter(): boolean {
    return this.isInsertion();
  }
}

export function $createSuggestionNode(data: SuggestionData): SuggestionNode {
  return $applyNodeReplacement(new SuggestionNode(data));
}

export function $isSuggestionNode(node: LexicalNode | null | undefined): node is SuggestionNode {
  return node instanceof SuggestionNode;
}

/** The suggestion a node is in, the nearest one out. */
export function $suggestionAround(node: LexicalNode | null): SuggestionNode | null {
  for (let current = node; current; current = current.getParent()) if ($isSuggestionNode(current)) return current;
  return null;
}
