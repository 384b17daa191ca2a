import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { DecisionBlockNode } from './DecisionBlockNode';
import { LanguageSpanNode } from './LanguageSpanNode';
import { LinkedSnippetNode } from './LinkedSnippetNode';
import { PageBreakNode } from './PageBreakNode';
import { SuggestionNode } from '../suggestions/SuggestionNode';

/** Every node a note body may hold; the print renderer in common/print handles the same set. */
export const EDITOR_NODES = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  HorizontalRuleNode,
  PageBreakNode,
  DecisionBlockNode,
  LinkedSnippetNode,
  // Around commented text; printed as its plain content.
  MarkNode,
  LanguageSpanNode,
  // Suggested insertions and deletions; printed accepted.
  SuggestionNode,
];
