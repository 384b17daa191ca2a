import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import type { DecisionBlock } from '../../../common/template';

export type SerializedDecisionBlockNode = SerializedLexicalNode & DecisionBlock & { type: 'decision-block'; version: 1 };

/**
 * The decision-maker's block under a recommendation: tick options such as
 * "Approve / Disapprove" and signature and date lines, as the template defines them.
 * The author does not type these; they print exactly as the template says.
 */
export class DecisionBlockNode extends DecoratorNode<JSX.Element> {
  __decision: DecisionBlock;

  static getType(): string {
    return 'decision-block';
  }

  static clone(node: DecisionBlockNode): DecisionBlockNode {
    return new DecisionBlockNode(node.__decision, node.__key);
  }

  static importJSON(json: SerializedDecisionBlockNode): DecisionBlockNode {
    const optionGroups = Array.isArray(json.optionGroups) ? json.optionGroups.map((group) => group.map(String)) : [];
    const signatureLines = Array.isArray(json.signatureLines) ? json.signatureLines.map(String) : [];
    return $createDecisionBlockNode({ optionGroups, signatureLines });
  }

  constructor(decision: DecisionBlock, key?: NodeKey) {
    super(key);
    this.__decision = decision;
  }

  exportJSON(): SerializedDecisionBlockNode {
    return { type: 'decision-block', version: 1, ...this.__decision };
  }

  createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'ed-decision';
    return element;
  }

  updateDOM(): false {
    return false;
  }

  isInline(): false {
    return false;
  }

  decorate(): JSX.Element {
    const { optionGroups, signatureLines } = this.__decision;
    return (
      <div role="group" aria-label="Decision" className="ed-decision-block">
        {optionGroups.map((group, index) => (
          <p key={index} className="ed-decision-options">
            {group.map((option) => (
              <span key={option} className="ed-decision-option">
                <span aria-hidden="true">☐</span> {option}
              </span>
            ))}
          </p>
        ))}
        {signatureLines.map((line) => (
          <p key={line} className="ed-decision-line">
            {line}: <span aria-hidden="true">____________________</span>
          </p>
        ))}
      </div>
    );
  }
}

export function $createDecisionBlockNode(decision: DecisionBlock): DecisionBlockNode {
  return $applyNodeReplacement(new DecisionBlockNode(decision));
}

export function $isDecisionBlockNode(node: LexicalNode | null | undefined): node is DecisionBlockNode {
  return node instanceof DecisionBlockNode;
}
