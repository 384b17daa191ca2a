import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';

export type SerializedPageBreakNode = SerializedLexicalNode & { type: 'page-break'; version: 1 };

/** A forced page break: the print layout starts a new page here. */
export class PageBreakNode extends DecoratorNode<JSX.Element> {
  static getType(): string {
    return 'page-break';
  }

  static clone(node: PageBreakNode): PageBreakNode {
    return new PageBreakNode(node.__key);
  }

  static importJSON(): PageBreakNode {
    return $createPageBreakNode();
  }

  static importDOM(): DOMConversionMap | null {
    // Word and the web mark page breaks on an element's style.
    return {
      br: (element: HTMLElement) =>
        /page-break-before:\s*always|break-before:\s*page/i.test(element.getAttribute('style') ?? '')
          ? { conversion: () => ({ node: $createPageBreakNode() }), priority: 1 }
          : null,
    };
  }

  exportJSON(): SerializedPageBreakNode {
    return { type: 'page-break', version: 1 };
  }

  exportDOM(): DOMExportOutput {
    const element = document.createElement('div');
    element.style.breakAfter = 'page';
    return { element };
  }

  createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'ed-page-break';
    return element;
  }

  updateDOM(): false {
    return false;
  }

  isInline(): false {
    return false;
  }

  decorate(): JSX.Element {
    return (
      <div role="separator" aria-label="Page break" className="ed-page-break-line">
        <span aria-hidden="true">Page break</span>
      </div>
    );
  }
}

export function $createPageBreakNode(): PageBreakNode {
  return $applyNodeReplacement(new PageBreakNode());
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode;
}
