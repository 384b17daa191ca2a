import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $isListItemNode, $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $getTableNodeFromLexicalNodeOrThrow,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  INSERT_TABLE_COMMAND,
  TableCellHeaderStates,
} from '@lexical/table';
import { $findMatchingParent, $getNearestNodeOfType, $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $addUpdateTag,
  $createParagraphNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  createCommand,
  type ElementNode,
  type LexicalEditor,
  type TextFormatType,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  REDO_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  UNDO_COMMAND,
} from 'lexical';
import { SET_BLOCK_TYPE_COMMAND, STRUCTURE_CHANGE_COMMAND, type BlockType } from './commands';
import { $blockTypeOf, $replaceBlockType, $selectedBlocks } from './suggestions/blockTypes';
import { $selectionFromScreen } from './selectionFromScreen';
import { continuedStart } from './listAutoformat';
import { $createPageBreakNode } from './nodes/PageBreakNode';


/** Opens the link dialog; the toolbar and Ctrl+K both use it. */
export const OPEN_LINK_DIALOG_COMMAND = createCommand<void>('OPEN_LINK_DIALOG');
/** Opens find and replace. */
export const OPEN_FIND_COMMAND = createCommand<{ replace: boolean }>('OPEN_FIND');

export function setBlockType(editor: LexicalEditor, next: BlockType, current: BlockType): void {
  // A choice made right after the caret moved (a click, then the toolbar's list) acts where the caret is now.
  editor.update(
    () => {
      if ($selectionFromScreen(editor)) $addUpdateTag(SKIP_DOM_SELECTION_TAG);
    },
    { discrete: true },
  );
  // Suggest changes, when on, records the change as a suggestion (or refuses it) instead.
  if (editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, { next, current })) return;
  if (next === 'bullet') {
    editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    return;
  }
  if (next === 'number') {
    editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  if ((current === 'bullet' || current === 'number') && editor.getEditorState().read($selectionInNestedList)) {
    editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  }
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    // Paragraphs, headings and quotes are replaced one by one, keeping the suggestions they carry.
    const blocks = $selectedBlocks(selection);
    if (blocks.length > 0 && blocks.every((block) => $blockTypeOf(block) !== null)) {
      for (const block of blocks) {
        const made = $blockTypeOf(block) === next ? block : $replaceBlockType(block, next);
        if (current === 'bullet' || current === 'number') $continueNumbering(made);
      }
      return;
    }
    // Only the selected items leave a list: the items before and after stay lists (a list
    // item replaced by another block splits its list), and a numbered rest keeps counting.
    const made: ElementNode[] = [];
    $setBlocksType(selection, () => {
      const block = next === 'paragraph' ? $createParagraphNode() : next === 'quote' ? $createQuoteNode() : $createHeadingNode(next);
      made.push(block);
      return block;
    });
    if (current === 'bullet' || current === 'number') for (const block of made) $continueNumbering(block);
  });
}

/** A nested list cannot hold a paragraph: its items leave the whole list, as before. */
function $selectionInNestedList(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  return selection.getNodes().some((node) => {
    const list = $findMatchingParent(node, $isListNode);
    return list !== null && $isListItemNode(list.getParent());
  });
}

/** The numbered list right after `block`, split from the one right before it, counts on from it. */
function $continueNumbering(block: ElementNode): void {
  const before = block.getPreviousSibling();
  const after = block.getNextSibling();
  if (!$isListNode(before) || !$isListNode(after) || before.getListType() !== 'number' || after.getListType() !== 'number') return;
  const items = before.getChildren().filter((item) => !($isListItemNode(item) && $isListNode(item.getFirstChild())));
  after.setStart(continuedStart(before.getStart(), items.length));
}

export const formatText = (editor: LexicalEditor, format: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format);
export const undo = (editor: LexicalEditor) => editor.dispatchCommand(UNDO_COMMAND, undefined);
export const redo = (editor: LexicalEditor) => editor.dispatchCommand(REDO_COMMAND, undefined);
export const indent = (editor: LexicalEditor) => editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined);
export const outdent = (editor: LexicalEditor) => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined);
/** Whether a structure change may go ahead: Suggest changes, while on, refuses it (STRUCTURE_CHANGE_COMMAND). */
const structureMayChange = (editor: LexicalEditor, what: 'table' | 'line' | 'page-break') => !editor.dispatchCommand(STRUCTURE_CHANGE_COMMAND, what);

export const insertHorizontalRule = (editor: LexicalEditor) => structureMayChange(editor, 'line') && editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined);
export const insertTable = (editor: LexicalEditor) =>
  structureMayChange(editor, 'table') && editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } });

export function insertPageBreak(editor: LexicalEditor): void {
  if (!structureMayChange(editor, 'page-break')) return;
  editor.update(() => {
    $insertNodeToNearestRoot($createPageBreakNode());
  });
}

/**
 * Opens the library's [[ menu at the caret, as typing "[[" does: the menu's search, choices and
 * Enter are then the ones the keyboard already knows. The focus comes back to the note first
 * (the command may come from the palette or the menu bar).
 */
export function openLibraryMenu(editor: LexicalEditor): void {
  editor.focus(() => {
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText('[[');
    });
  });
}

/** Sets or removes a link on the selection; only web and mail addresses are accepted. */
export function setLink(editor: LexicalEditor, url: string | null): void {
  editor.dispatchCommand(TOGGLE_LINK_COMMAND, url ? { url, rel: 'noreferrer', target: null } : null);
}

export function isAcceptableLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol);
  } catch {
    return false;
  }
}

const TEXT_FORMATS: TextFormatType[] = ['bold', 'italic', 'underline', 'strikethrough', 'code', 'subscript', 'superscript', 'highlight'];

/** Removes character formatting from the selected text (blocks keep their type). */
export function clearFormatting(editor: LexicalEditor): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    for (const node of selection.extract()) {
      if (!$isTextNode(node)) continue;
      for (const format of TEXT_FORMATS) if (node.hasFormat(format)) node.toggleFormat(format);
      node.setStyle('');
    }
    for (const format of TEXT_FORMATS) if (selection.hasFormat(format)) selection.toggleFormat(format);
  });
}

export type TableAction = 'row-above' | 'row-below' | 'column-left' | 'column-right' | 'delete-row' | 'delete-column' | 'toggle-header-row';

export function tableAction(editor: LexicalEditor, action: TableAction): void {
  if (!structureMayChange(editor, 'table')) return;
  editor.update(() => {
    switch (action) {
      case 'row-above':
        return void $insertTableRowAtSelection(false);
      case 'row-below':
        return void $insertTableRowAtSelection(true);
      case 'column-left':
        return void $insertTableColumnAtSelection(false);
      case 'column-right':
        return void $insertTableColumnAtSelection(true);
      case 'delete-row':
        return $deleteTableRowAtSelection();
      case 'delete-column':
        return $deleteTableColumnAtSelection();
      case 'toggle-header-row': {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        const cell = $findMatchingParent(selection.anchor.getNode(), $isTableCellNode);
        if (!$isTableCellNode(cell)) return;
        const table = $getTableNodeFromLexicalNodeOrThrow(cell);
        const firstRow = table.getFirstChild();
        if (!$isElementNode(firstRow)) return;
        const cells = firstRow.getChildren().filter($isTableCellNode);
        const isHeader = cells.every((c) => (c.getHeaderStyles() & TableCellHeaderStates.ROW) !== 0);
        for (const c of cells) c.setHeaderStyles(isHeader ? TableCellHeaderStates.NO_STATUS : TableCellHeaderStates.ROW, TableCellHeaderStates.ROW);
        return;
      }
    }
  });
}

/** True when the selection is inside a table cell. */
export function $selectionInTable(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  return $findMatchingParent(selection.anchor.getNode(), $isTableCellNode) !== null;
}

/** The block type at the selection, as the toolbar shows it. */
export function $currentBlockType(): BlockType {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'paragraph';
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(anchor, ListNode);
    return (list ?? top).getListType() === 'number' ? 'number' : 'bullet';
  }
  if ($isHeadingNode(top)) return top.getTag() === 'h3' ? 'h3' : 'h2';
  if ($isQuoteNode(top)) return 'quote';
  return 'paragraph';
}
